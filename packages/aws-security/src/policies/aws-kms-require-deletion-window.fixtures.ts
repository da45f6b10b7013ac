import { fixtures, unknown } from "@rampart/policy-testing";

export default fixtures([
  { name: "default window (30 days)", expect: "pass", resource: { type: "aws:kms/key:Key", props: { description: "k" } } },
  { name: "configured minimum 7", expect: "pass", config: { minimumDays: 7 }, resource: { type: "aws:kms/key:Key", props: { deletionWindowInDays: 7 } } },
  {
    name: "7-day window",
    expect: "violate",
    message: "deletionWindowInDays is 7, shorter than the required 30 days",
    resource: { type: "aws:kms/key:Key", props: { deletionWindowInDays: 7 } },
  },
  {
    name: "replica key with 10 days",
    expect: "violate",
    message: "deletionWindowInDays is 10",
    resource: { type: "aws:kms/replicaKey:ReplicaKey", props: { primaryKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/mrk-1", deletionWindowInDays: 10 } },
  },
  { name: "window unknown", expect: "unknown", resource: { type: "aws:kms/key:Key", props: { deletionWindowInDays: unknown() } } },
]);
