import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "node pool with integrity monitoring",
    expect: "pass",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: true, enableSecureBoot: true } } }),
  },
  {
    name: "omitted (true by default)",
    expect: "pass",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: true } } }),
  },
  { name: "cluster default pool with defaults", expect: "pass", resource: cluster({ initialNodeCount: 1 }) },
  autopilotPasses(),
  {
    name: "integrity monitoring off",
    expect: "violate",
    message: "nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring is false",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: false } } }),
  },
  {
    name: "inline pool with integrity monitoring off",
    expect: "violate",
    message: "nodePools[0].nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring is false",
    resource: cluster({ nodePools: [{ name: "a", nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: false } } }] }),
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: nodePool({ nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: unknown() } } }),
  },
  registryNotApplicable(),
]);
