import { fixtures, secret, unknown } from "@rampart/policy-testing";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default fixtures([
  {
    name: "AUTH token from a secret",
    expect: "pass",
    resource: { type: RG, props: { description: "c", transitEncryptionEnabled: true, authToken: secret("s3cr3t-token-value-123") } },
  },
  { name: "AUTH token unknown during preview", expect: "pass", resource: { type: RG, props: { description: "c", authToken: unknown() } } },
  { name: "RBAC user group", expect: "pass", resource: { type: RG, props: { description: "c", userGroupIds: ["app-users"] } } },
  { name: "no authentication", expect: "violate", message: "Neither authToken nor userGroupIds is set", resource: { type: RG, props: { description: "c" } } },
  {
    name: "empty user group list",
    expect: "violate",
    message: "Neither authToken nor userGroupIds",
    resource: { type: RG, props: { description: "c", userGroupIds: [] } },
  },
  { name: "user groups unknown during preview", expect: "unknown", resource: { type: RG, props: { description: "c", userGroupIds: unknown() } } },
  { name: "user group is not a replication group", expect: "not-applicable", resource: { type: "aws:elasticache/userGroup:UserGroup", props: {} } },
]);
