import { isSet, peek } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * MSK clusters should require client authentication. `clientAuthentication` (msk/cluster.d.ts,
 * types/input.d.ts `msk.ClusterClientAuthentication`) takes `sasl` (IAM, SCRAM), `tls` (mutual
 * TLS) and `unauthenticated`; a provisioned cluster without any authentication method allows
 * unauthenticated clients, and `unauthenticated: true` keeps them allowed next to the others.
 */
export default awsPolicy({
  name: "aws-msk-disallow-unauthenticated-access",
  description: "MSK clusters should not allow unauthenticated client access.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `clientAuthentication: { sasl: { iam: true } }` (or SCRAM / mutual TLS) and `unauthenticated: false`, and move clients to the authenticated listener.",
  url: "https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html",
  resourceTypes: ["aws:msk/cluster:Cluster"],
  validateResource: ({ props }, report) => {
    const auth = peek(props, "clientAuthentication");
    if (auth.state === "absent") {
      report("clientAuthentication is not set, so clients connect without authentication. Configure sasl (IAM or SCRAM) or tls client authentication.");
      return;
    }
    const unauth = peekForVerdict<boolean>(props, "clientAuthentication.unauthenticated");
    if (unauth.state === "known" && unauth.value === true) {
      report("clientAuthentication.unauthenticated is true, so clients can still connect without authentication. Set it to false.");
      return;
    }
    if (!isSet(props, "clientAuthentication.sasl") && !isSet(props, "clientAuthentication.tls") && auth.state === "known") {
      report(
        "clientAuthentication has neither sasl nor tls, so clients connect without authentication. Configure sasl (IAM or SCRAM) or tls client authentication.",
      );
    }
  },
});
