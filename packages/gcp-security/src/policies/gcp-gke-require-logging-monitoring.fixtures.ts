import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "defaults (Kubernetes Engine logging and monitoring)", expect: "pass", resource: { type: C, props: { location: "europe-west1" } } },
  {
    name: "explicit services and components",
    expect: "pass",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        loggingService: "logging.googleapis.com/kubernetes",
        monitoringService: "monitoring.googleapis.com/kubernetes",
        loggingConfig: { enableComponents: ["SYSTEM_COMPONENTS", "WORKLOADS"] },
      },
    },
  },
  {
    name: "logging off",
    expect: "violate",
    message: 'loggingService is "none"',
    resource: { type: C, props: { location: "europe-west1", loggingService: "none" } },
  },
  {
    name: "monitoring off",
    expect: "violate",
    message: 'monitoringService is "none"',
    resource: { type: C, props: { location: "europe-west1", monitoringService: "none" } },
  },
  {
    name: "no logging components",
    expect: "violate",
    message: "loggingConfig.enableComponents is empty",
    resource: { type: C, props: { location: "europe-west1", loggingConfig: { enableComponents: [] } } },
  },
  { name: "logging service unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", loggingService: unknown() } } },
  {
    name: "logging off while monitoring is unknown",
    expect: "violate",
    message: 'loggingService is "none"',
    resource: { type: C, props: { location: "europe-west1", loggingService: "none", monitoringService: unknown() } },
  },
  {
    name: "logging components unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", loggingConfig: { enableComponents: unknown() } } },
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
