import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "defaults (Kubernetes Engine logging and monitoring)", expect: "pass", resource: cluster() },
  {
    name: "explicit services and components",
    expect: "pass",
    resource: cluster({
      loggingService: "logging.googleapis.com/kubernetes",
      monitoringService: "monitoring.googleapis.com/kubernetes",
      loggingConfig: { enableComponents: ["SYSTEM_COMPONENTS", "WORKLOADS"] },
    }),
  },
  {
    name: "logging off",
    expect: "violate",
    message: 'loggingService is "none"',
    resource: cluster({ loggingService: "none" }),
  },
  {
    name: "monitoring off",
    expect: "violate",
    message: 'monitoringService is "none"',
    resource: cluster({ monitoringService: "none" }),
  },
  {
    name: "no logging components",
    expect: "violate",
    message: "loggingConfig.enableComponents is empty",
    resource: cluster({ loggingConfig: { enableComponents: [] } }),
  },
  { name: "logging service unknown during preview", expect: "unknown", resource: cluster({ loggingService: unknown() }) },
  {
    name: "logging off while monitoring is unknown",
    expect: "violate",
    message: 'loggingService is "none"',
    resource: cluster({ loggingService: "none", monitoringService: unknown() }),
  },
  {
    name: "logging components unknown during preview",
    expect: "unknown",
    resource: cluster({ loggingConfig: { enableComponents: unknown() } }),
  },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
]);
