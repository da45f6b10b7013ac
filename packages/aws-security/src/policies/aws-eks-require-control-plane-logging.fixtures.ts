import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:eks/cluster:Cluster";
const base = { roleArn: "arn:aws:iam::111122223333:role/eks", vpcConfig: { subnetIds: ["s-1"] } };

export default fixtures([
  {
    name: "api, audit and authenticator logs",
    expect: "pass",
    resource: { type: C, props: { ...base, enabledClusterLogTypes: ["api", "audit", "authenticator", "scheduler"] } },
  },
  {
    name: "only audit required by config",
    expect: "pass",
    config: { requiredLogTypes: ["audit"] },
    resource: { type: C, props: { ...base, enabledClusterLogTypes: ["audit"] } },
  },
  { name: "no logging", expect: "violate", message: "does not include api, audit, authenticator", resource: { type: C, props: { ...base } } },
  {
    name: "audit log missing",
    expect: "violate",
    message: "does not include audit",
    resource: { type: C, props: { ...base, enabledClusterLogTypes: ["api", "authenticator"] } },
  },
  { name: "log types unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, enabledClusterLogTypes: unknown() } } },
  { name: "fargate profile is not a cluster", expect: "not-applicable", resource: { type: "aws:eks/fargateProfile:FargateProfile", props: {} } },
]);
