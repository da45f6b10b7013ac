import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";

/**
 * OpenSearch domains should publish audit logs to CloudWatch Logs: a `logPublishingOptions` entry
 * with `logType` AUDIT_LOGS and `enabled` not false (types/input.d.ts
 * `opensearch.DomainLogPublishingOption`; valid types INDEX_SLOW_LOGS, SEARCH_SLOW_LOGS,
 * ES_APPLICATION_LOGS, AUDIT_LOGS). Audit logs need fine-grained access control.
 */
export default awsPolicy({
  name: "aws-opensearch-require-audit-logging",
  description: "OpenSearch domains should publish audit logs to CloudWatch Logs.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: <log group ARN>, enabled: true }]` (with a CloudWatch Logs resource policy that lets es.amazonaws.com write) and enable fine-grained access control.',
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html",
  resourceTypes: DOMAIN_TYPES,
  validateResource: ({ props }, report) => {
    const opts = peekItems<unknown>(props, "logPublishingOptions");
    let unknown = opts.unknown;
    for (const o of opts.known) {
      const type = peek<string>(o, "logType");
      const enabled = peek<boolean>(o, "enabled");
      if (type.state === "unknown" || enabled.state === "unknown") {
        unknown = true;
        continue;
      }
      if (type.state === "known" && type.value === "AUDIT_LOGS" && !(enabled.state === "known" && enabled.value === false)) return;
    }
    if (unknown) requireKnown(props, "logPublishingOptions");
    report('logPublishingOptions has no enabled AUDIT_LOGS entry. Add { logType: "AUDIT_LOGS", cloudwatchLogGroupArn, enabled: true }.');
  },
});
