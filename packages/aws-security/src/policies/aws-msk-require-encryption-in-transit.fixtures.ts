import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";
import { base, C } from "../fixture-data/msk";

const inTransit = (settings: Record<string, unknown>) => ({ encryptionInfo: { encryptionInTransit: settings } });

export default caseFixtures(C, base, [
  ["defaults (TLS everywhere)", "pass", {}],
  ["explicit TLS", "pass", inTransit({ clientBroker: "TLS", inCluster: true })],
  ["plaintext clients allowed", "violate", inTransit({ clientBroker: "TLS_PLAINTEXT" }), 'clientBroker is "TLS_PLAINTEXT"'],
  ["plaintext between brokers", "violate", inTransit({ inCluster: false }), "inCluster is false"],
  ["client setting unknown during preview", "unknown", inTransit({ clientBroker: unknown() })],
  { name: "serverless cluster always uses TLS", expect: "not-applicable", resource: { type: "aws:msk/serverlessCluster:ServerlessCluster", props: {} } },
]);
