import { unknown } from "@rampart/policy-testing";
import { resourceOf, stackFixtures } from "../lib/companions.fixtures-kit";

const secret = resourceOf("aws:secretsmanager/secret:Secret");
const rotation = resourceOf("aws:secretsmanager/secretRotation:SecretRotation");
const ARN = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf";
const RULES = { automaticallyAfterDays: 30 };

export default stackFixtures([
  [
    "secret rotated by ARN",
    "pass",
    [
      secret("db", { name: "db", arn: ARN }),
      rotation("db-rot", { secretId: ARN, rotationLambdaArn: "arn:aws:lambda:us-east-1:111122223333:function:rotate", rotationRules: RULES }),
    ],
  ],
  [
    "rotation linked by property dependency during preview",
    "pass",
    [secret("db", { name: "db" }), rotation("db-rot", { secretId: unknown(), rotationRules: RULES }, { secretId: ["db"] })],
  ],
  ["secret without rotation", "violate", [secret("db", { name: "db" })], 'Secret "db" has no SecretRotation', "db"],
  [
    "rotation disabled",
    "violate",
    [secret("db", { name: "db", arn: ARN }), rotation("db-rot", { secretId: ARN, rotationEnabled: false, rotationRules: RULES })],
    "sets rotationEnabled to false",
    "db",
  ],
  ["rotation with an unresolvable secret", "unknown", [secret("db", { name: "db" }), rotation("rot", { secretId: unknown(), rotationRules: RULES })]],
]);
