import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "omitted (BASIC by default)", expect: "pass", resource: cluster() },
  {
    name: "enterprise posture",
    expect: "pass",
    resource: cluster({ securityPostureConfig: { mode: "ENTERPRISE", vulnerabilityMode: "VULNERABILITY_ENTERPRISE" } }),
  },
  { name: "basic posture", expect: "pass", resource: cluster({ securityPostureConfig: { mode: "BASIC" } }) },
  {
    name: "posture disabled",
    expect: "violate",
    message: 'securityPostureConfig.mode is "DISABLED"',
    resource: cluster({ securityPostureConfig: { mode: "DISABLED" } }),
  },
  { name: "unknown during preview", expect: "unknown", resource: cluster({ securityPostureConfig: { mode: unknown() } }) },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
