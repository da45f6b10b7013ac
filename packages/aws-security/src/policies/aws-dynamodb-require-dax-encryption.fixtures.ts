import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:dax/cluster:Cluster";
const base = { clusterName: "cache", nodeType: "dax.r5.large", replicationFactor: 3, iamRoleArn: "arn:aws:iam::111122223333:role/dax" };

export default fixtures([
  { name: "encrypted DAX cluster", expect: "pass", resource: { type: D, props: { ...base, serverSideEncryption: { enabled: true } } } },
  { name: "encryption omitted", expect: "violate", message: "serverSideEncryption.enabled is not true", resource: { type: D, props: { ...base } } },
  { name: "encryption unknown", expect: "unknown", resource: { type: D, props: { ...base, serverSideEncryption: { enabled: unknown() } } } },
]);
