import type { PolicyResource } from "@pulumi/policy";
import { peek } from "@rampart/policy-core";
import { governanceStackPolicy, SINKS } from "../lib/logging";

/** Whether a sink exports every log entry: enabled, no inclusion filter. */
function exportsAll(s: PolicyResource): "yes" | "no" | "unknown" {
  const disabled = peek<boolean>(s.props, "disabled");
  const filter = peek<string>(s.props, "filter");
  if (disabled.state === "unknown" || filter.state === "unknown") return "unknown";
  if (disabled.state === "known" && disabled.value === true) return "no";
  return filter.state === "absent" || String(filter.value).trim() === "" ? "yes" : "no";
}

/**
 * A stack that sets up a project, folder or organization's logging must include a log sink
 * (`gcp:logging/projectSink`, `folderSink` or `organizationSink`) that exports all log entries:
 * enabled and with no inclusion `filter`. Stack policy, checked only in such stacks (see
 * lib/logging.ts); a folder or organization sink in another stack cannot be seen, so advisory.
 */
export default governanceStackPolicy(
  {
    name: "gcp-logging-require-sink-all-logs",
    description: "Projects, folders and organizations must have a log sink that exports all log entries (no inclusion filter).",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps:
      "Add a gcp.logging.ProjectSink (or a FolderSink / OrganizationSink with includeChildren true) with no filter and a destination such as a Cloud Storage bucket with a locked retention policy, a BigQuery dataset or a log bucket; grant its writerIdentity access to the destination.",
    url: "https://cloud.google.com/logging/docs/export/configure_export_v2",
  },
  (index, report) => {
    const sinks = index.ofType(...SINKS);
    const states = sinks.map(exportsAll);
    if (states.includes("yes")) return;
    if (states.includes("unknown")) {
      report.unknown("The filter or disabled flag of a log sink is not known yet, so whether one exports all log entries cannot be told.");
      return;
    }
    report(
      sinks.length === 0
        ? "The stack sets up a project, folder or organization but has no log sink exporting all log entries. Add a gcp.logging.ProjectSink (or FolderSink / OrganizationSink) with no filter."
        : "None of the stack's log sinks exports all log entries (each has an inclusion filter or is disabled). Add a sink with no filter.",
      sinks[0]?.urn,
    );
  },
);
