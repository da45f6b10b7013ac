import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";
import { base, C } from "../fixture-data/msk";

const CA = "arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/ca";

export default caseFixtures(C, base, [
  ["IAM authentication", "pass", { clientAuthentication: { sasl: { iam: true } } }],
  ["mutual TLS, unauthenticated off", "pass", { clientAuthentication: { tls: { certificateAuthorityArns: [CA] }, unauthenticated: false } }],
  ["no authentication configured", "violate", {}, "clientAuthentication is not set"],
  [
    "unauthenticated kept on",
    "violate",
    { clientAuthentication: { sasl: { scram: true }, unauthenticated: true } },
    "clientAuthentication.unauthenticated is true",
  ],
  ["unauthenticated flag unknown during preview", "unknown", { clientAuthentication: { sasl: { iam: true }, unauthenticated: unknown() } }],
  {
    name: "serverless cluster (IAM only) is not checked",
    expect: "not-applicable",
    resource: { type: "aws:msk/serverlessCluster:ServerlessCluster", props: {} },
  },
]);
