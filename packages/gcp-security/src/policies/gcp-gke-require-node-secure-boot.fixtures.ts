import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, defaultPoolRemovedPasses, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "node pool with secure boot",
    expect: "pass",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: true } } }),
  },
  autopilotPasses(),
  defaultPoolRemovedPasses(),
  {
    name: "node pool without shielded config",
    expect: "violate",
    message: "nodeConfig.shieldedInstanceConfig.enableSecureBoot is not set",
    resource: nodePool({ nodeCount: 1 }),
  },
  {
    name: "secure boot off",
    expect: "violate",
    message: "enableSecureBoot is false",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: false } } }),
  },
  {
    name: "cluster default pool without secure boot",
    expect: "violate",
    message: "nodeConfig.shieldedInstanceConfig.enableSecureBoot",
    resource: cluster({ initialNodeCount: 1 }),
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: unknown() } } }),
  },
  { name: "Autopilot flag unknown", expect: "unknown", resource: cluster({ enableAutopilot: unknown() }) },
  registryNotApplicable(),
]);
