import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  {
    name: "node pool with integrity monitoring",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: true, enableSecureBoot: true } } } },
  },
  {
    name: "omitted (true by default)",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: true } } } },
  },
  { name: "cluster default pool with defaults", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } } },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "integrity monitoring off",
    expect: "violate",
    message: "nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring is false",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: false } } } },
  },
  {
    name: "inline pool with integrity monitoring off",
    expect: "violate",
    message: "nodePools[0].nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring is false",
    resource: {
      type: C,
      props: { location: "europe-west1", nodePools: [{ name: "a", nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: false } } }] },
    },
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableIntegrityMonitoring: unknown() } } } },
  },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
