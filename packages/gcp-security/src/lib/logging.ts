/**
 * Cloud Logging helpers for the stack policies of the pack: the sink, audit-config, metric and
 * alert-policy type tokens, and when a stack is one that sets up logging for a project, folder or
 * organization (so application stacks are not told to create sinks they do not own).
 */
import type { FactoryPolicyMetadata, StackIndex, StackReport } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** Log sinks at project, folder and organization level. */
export const SINKS = ["gcp:logging/projectSink:ProjectSink", "gcp:logging/folderSink:FolderSink", "gcp:logging/organizationSink:OrganizationSink"] as const;

/** IAM audit configurations at project, folder and organization level. */
export const AUDIT_CONFIGS = [
  "gcp:projects/iAMAuditConfig:IAMAuditConfig",
  "gcp:folder/iamAuditConfig:IamAuditConfig",
  "gcp:organizations/iamAuditConfig:IamAuditConfig",
] as const;

/** Logs-based metric. */
export const LOG_METRIC = "gcp:logging/metric:Metric";
/** Cloud Monitoring alert policy. */
export const ALERT_POLICY = "gcp:monitoring/alertPolicy:AlertPolicy";

/** Resources that mark a stack as setting up a project, folder or organization's logging and governance. */
export const GOVERNANCE_TYPES = [
  ...SINKS,
  ...AUDIT_CONFIGS,
  LOG_METRIC,
  ALERT_POLICY,
  "gcp:organizations/project:Project",
  "gcp:organizations/folder:Folder",
  "gcp:logging/projectBucketConfig:ProjectBucketConfig",
  "gcp:logging/folderBucketConfig:FolderBucketConfig",
  "gcp:logging/organizationBucketConfig:OrganizationBucketConfig",
] as const;

/**
 * The resources that mark a stack as setting up a project, folder or organization: all of
 * `GOVERNANCE_TYPES` but log metrics and alert policies, which application stacks define for
 * their own service (an uptime or error-rate alert does not make a stack the project's governance stack).
 */
const SETUP_TYPES = GOVERNANCE_TYPES.filter((t) => t !== LOG_METRIC && t !== ALERT_POLICY);

/**
 * Whether the stack sets up a project, folder or organization (creates one, or manages its sinks,
 * audit configs or log buckets). Stack-level "the project must have X" policies check only such
 * stacks; a log metric or alert policy alone does not count.
 */
export function isGovernanceStack(index: StackIndex): boolean {
  return index.ofType(...SETUP_TYPES).length > 0;
}

/** Lower-cased text with whitespace removed, for matching log filters. */
export function normalizeFilter(filter: string): string {
  return filter.toLowerCase().replace(/\s+/g, "");
}

/**
 * Defines a "the project must have X" stack policy: the policy's own metadata plus `validate`,
 * which runs only on stacks that set up a project, folder or organization (`isGovernanceStack`);
 * other stacks pass. The policy applies to `GOVERNANCE_TYPES`.
 */
export function governanceStackPolicy<const N extends string>(
  meta: Omit<FactoryPolicyMetadata<N>, "resourceTypes">,
  validate: (index: StackIndex, report: StackReport) => void,
) {
  return gcpPolicy({
    ...meta,
    resourceTypes: [...GOVERNANCE_TYPES],
    validateStack: ({ index }, report) => {
      if (isGovernanceStack(index)) validate(index, report);
    },
  });
}
