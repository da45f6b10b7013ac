import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:eks/cluster:Cluster";
const base = { roleArn: "arn:aws:iam::111122223333:role/eks", vpcConfig: { subnetIds: ["s-1"] } };

export default fixtures([
  { name: "current version", expect: "pass", resource: { type: C, props: { ...base, version: "1.34" } } },
  { name: "version not set (EKS picks the latest)", expect: "pass", resource: { type: C, props: { ...base } } },
  {
    name: "old version",
    expect: "violate",
    message: 'version is "1.27", older than the minimum supported 1.32',
    resource: { type: C, props: { ...base, version: "1.27" } },
  },
  {
    name: "configured minimum",
    expect: "violate",
    config: { minimumVersion: "1.35" },
    message: "older than the minimum supported 1.35",
    resource: { type: C, props: { ...base, version: "1.34" } },
  },
  { name: "version unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, version: unknown() } } },
  { name: "node group is not a cluster", expect: "not-applicable", resource: { type: "aws:eks/nodeGroup:NodeGroup", props: { version: "1.20" } } },
]);
