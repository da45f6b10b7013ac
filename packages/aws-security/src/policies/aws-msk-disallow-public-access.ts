import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

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
  validateResource: ({ props }, report) => {
    const path = "brokerNodeGroupInfo.connectivityInfo.publicAccess.type";
    const t = peekForVerdict<string>(props, path);
    if (t.state === "known" && t.value !== "DISABLED") {
      report(msg`${path} is ${JSON.stringify(t.value)}, so the brokers are reachable from the internet. Set it to "DISABLED".`);
    }
  },
});
