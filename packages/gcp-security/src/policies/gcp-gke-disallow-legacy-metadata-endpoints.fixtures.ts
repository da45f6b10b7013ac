import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "metadata not set (API disables legacy endpoints)",
    expect: "pass",
    resource: nodePool({ nodeConfig: { machineType: "e2-standard-4" } }),
  },
  {
    name: "legacy endpoints explicitly disabled",
    expect: "pass",
    resource: nodePool({ nodeConfig: { metadata: { "disable-legacy-endpoints": "true" } } }),
  },
  {
    name: "legacy endpoints re-enabled",
    expect: "violate",
    message: '["disable-legacy-endpoints"] is "false"',
    resource: nodePool({ nodeConfig: { metadata: { "disable-legacy-endpoints": "false" } } }),
  },
  {
    name: "cluster default pool re-enabling them",
    expect: "violate",
    message: 'nodeConfig.metadata["disable-legacy-endpoints"]',
    resource: cluster({ nodeConfig: { metadata: { "disable-legacy-endpoints": "false" } } }),
  },
  { name: "metadata unknown during preview", expect: "unknown", resource: nodePool({ nodeConfig: { metadata: unknown() } }) },
  registryNotApplicable(),
]);
