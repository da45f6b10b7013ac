import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { checkValue } from "../lib/flags";

const PUBLIC_ACCESS_TYPE = "brokerNodeGroupInfo.connectivityInfo.publicAccess.type";

/**
 * MSK clusters should not turn on public access:
 * `brokerNodeGroupInfo.connectivityInfo.publicAccess.type` is DISABLED (default) or
 * SERVICE_PROVIDED_EIPS (brokers get public IP addresses; msk/cluster.d.ts).
 */
export default awsPolicy({
  name: "aws-msk-disallow-public-access",
  description: "MSK clusters should not have public access turned on.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `brokerNodeGroupInfo.connectivityInfo.publicAccess.type` to "DISABLED" (or remove it) and reach the brokers through the VPC, VPC peering, PrivateLink (multi-VPC connectivity) or a VPN.',
  url: "https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html",
  resourceTypes: ["aws:msk/cluster:Cluster"],
  validateResource: checkValue(PUBLIC_ACCESS_TYPE, (t) =>
    t.state === "known" && t.value !== "DISABLED"
      ? msg`${PUBLIC_ACCESS_TYPE} is ${JSON.stringify(t.value)}, so the brokers are reachable from the internet. Set it to "DISABLED".`
      : undefined,
  ),
});
