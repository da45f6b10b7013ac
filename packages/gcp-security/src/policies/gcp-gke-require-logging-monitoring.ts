import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE clusters should send logs and metrics to Cloud Logging and Cloud Monitoring. Omitted,
 * `loggingService` and `monitoringService` default to `logging.googleapis.com/kubernetes` and
 * `monitoring.googleapis.com/kubernetes`; reported are `"none"` and an empty
 * `loggingConfig.enableComponents` list (which turns logging off).
 */
export default gcpPolicy({
  name: "gcp-gke-require-logging-monitoring",
  description: "GKE clusters should keep Cloud Logging and Cloud Monitoring on (loggingService and monitoringService not none; on by default).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove loggingService/monitoringService "none" (the defaults are logging.googleapis.com/kubernetes and monitoring.googleapis.com/kubernetes), and list at least SYSTEM_COMPONENTS and WORKLOADS in loggingConfig.enableComponents if you set it.',
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/observability",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const problems: string[] = [];
    let unknownPath: string | undefined;
    for (const [path, what] of [
      ["loggingService", "Cloud Logging"],
      ["monitoringService", "Cloud Monitoring"],
    ] as const) {
      const v = peek<string>(props, path);
      if (v.state === "unknown") unknownPath ??= path;
      else if (v.state === "known" && String(v.value).toLowerCase() === "none") {
        problems.push(`${path} is "none", so the cluster sends nothing to ${what}. Remove it (the default is the Kubernetes Engine ${what} service).`);
      }
    }
    const comps = peekItems<string>(props, "loggingConfig.enableComponents");
    if (comps.unknown) unknownPath ??= "loggingConfig.enableComponents";
    else if (peek(props, "loggingConfig.enableComponents").state === "known" && comps.known.length === 0) {
      problems.push("loggingConfig.enableComponents is empty, so no cluster component sends logs to Cloud Logging. List SYSTEM_COMPONENTS and WORKLOADS.");
    }
    // Every problem is reported; only without one does an unknown value ask for the advisory.
    if (problems.length > 0) problems.forEach((m) => report(m));
    else if (unknownPath) requireKnown(props, unknownPath);
  },
});
