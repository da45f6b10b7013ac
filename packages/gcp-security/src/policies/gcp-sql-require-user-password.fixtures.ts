import { fixtures, unknown } from "@rampart/policy-testing";

const U = "gcp:sql/user:User";

export default fixtures([
  {
    name: "built-in user with a password",
    expect: "pass",
    resource: { type: U, props: { name: "root", instance: "db", host: "%", password: "s3cr3t-Value" } },
  },
  {
    name: "write-only password",
    expect: "pass",
    resource: { type: U, props: { name: "app", instance: "db", passwordWo: "s3cr3t-Value", passwordWoVersion: 1 } },
  },
  {
    name: "IAM service account user needs no password",
    expect: "pass",
    resource: { type: U, props: { name: "sa@p.iam", instance: "db", type: "CLOUD_IAM_SERVICE_ACCOUNT" } },
  },
  {
    name: "password unknown during preview counts as set",
    expect: "pass",
    resource: { type: U, props: { name: "root", instance: "db", password: unknown() } },
  },
  {
    name: "root without a password",
    expect: "violate",
    message: "has neither password nor passwordWo",
    resource: { type: U, props: { name: "root", instance: "db", host: "%" } },
  },
  {
    name: "explicit BUILT_IN without a password",
    expect: "violate",
    message: 'type "BUILT_IN" has neither password',
    resource: { type: U, props: { name: "app", instance: "db", type: "BUILT_IN" } },
  },
  { name: "type unknown and no password", expect: "unknown", resource: { type: U, props: { name: "app", instance: "db", type: unknown() } } },
  {
    name: "an instance is not a user",
    expect: "not-applicable",
    resource: { type: "gcp:sql/databaseInstance:DatabaseInstance", props: { databaseVersion: "MYSQL_8_0" } },
  },
]);
