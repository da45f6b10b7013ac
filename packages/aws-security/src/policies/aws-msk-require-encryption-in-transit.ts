import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * MSK clusters must encrypt traffic in transit: `encryptionInfo.encryptionInTransit.clientBroker`
 * (TLS | TLS_PLAINTEXT | PLAINTEXT, default TLS) must be TLS and `...inCluster` (default true)
 * must not be false (msk/cluster.d.ts, types/input.d.ts `msk.ClusterEncryptionInfoEncryptionInTransit`).
 */
export default awsPolicy({
  name: "aws-msk-require-encryption-in-transit",
  description: "MSK clusters must encrypt data in transit between clients and brokers and among brokers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `encryptionInfo.encryptionInTransit: { clientBroker: "TLS", inCluster: true }` (the defaults) and connect clients over TLS (port 9094, 9096 or 9098).',
  url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
  resourceTypes: ["aws:msk/cluster:Cluster"],
  validateResource: ({ props }, report) => {
    const base = "encryptionInfo.encryptionInTransit";
    const cb = peekForVerdict<string>(props, `${base}.clientBroker`);
    if (cb.state === "known" && cb.value !== "TLS") {
      report(msg`${base}.clientBroker is ${JSON.stringify(cb.value)}, so clients can connect in plaintext. Set it to "TLS".`);
    }
    const ic = peekForVerdict<boolean>(props, `${base}.inCluster`);
    if (ic.state === "known" && ic.value === false) {
      report(msg`${base}.inCluster is false, so brokers replicate data in plaintext. Set it to true.`);
    }
  },
});
