import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:secretsmanager/secret:Secret";
const R = "aws:secretsmanager/secretRotation:SecretRotation";
const ARN = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf";
const RULES = { automaticallyAfterDays: 30 };

export default fixtures([
  {
    name: "secret rotated by ARN",
    expect: "pass",
    resources: [
      { type: S, name: "db", props: { name: "db", arn: ARN } },
      { type: R, name: "db-rot", props: { secretId: ARN, rotationLambdaArn: "arn:aws:lambda:us-east-1:111122223333:function:rotate", rotationRules: RULES } },
    ],
  },
  {
    name: "rotation linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: S, name: "db", props: { name: "db" } },
      { type: R, name: "db-rot", props: { secretId: unknown(), rotationRules: RULES }, propertyDependencies: { secretId: ["db"] } },
    ],
  },
  {
    name: "secret without rotation",
    expect: "violate",
    target: "db",
    message: 'Secret "db" has no SecretRotation',
    resources: [{ type: S, name: "db", props: { name: "db" } }],
  },
  {
    name: "rotation disabled",
    expect: "violate",
    target: "db",
    message: "sets rotationEnabled to false",
    resources: [
      { type: S, name: "db", props: { name: "db", arn: ARN } },
      { type: R, name: "db-rot", props: { secretId: ARN, rotationEnabled: false, rotationRules: RULES } },
    ],
  },
  {
    name: "rotation with an unresolvable secret",
    expect: "unknown",
    resources: [
      { type: S, name: "db", props: { name: "db" } },
      { type: R, name: "rot", props: { secretId: unknown(), rotationRules: RULES } },
    ],
  },
]);
