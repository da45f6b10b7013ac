/**
 * Fixture cases shared by the pack's logging stack policies (gcp-logging-*), which check only
 * stacks that set up a project, folder or organization (see `isGovernanceStack` of ./logging).
 */
import type { Fixture } from "@rampart/policy-testing";
import { ALERT_POLICY, LOG_METRIC } from "./logging";

/**
 * An application stack with its own uptime alert policy and error-rate log metric (neither of
 * them a CIS change filter): a logging stack policy must pass it, since log metrics and alert
 * policies alone do not make a stack the project's governance stack.
 */
export const APP_STACK_WITH_OWN_ALERTS: Fixture = {
  name: "application stack with its own alert policy and log metric is not checked",
  expect: "pass",
  resources: [
    {
      type: ALERT_POLICY,
      name: "uptime",
      props: {
        displayName: "api uptime",
        combiner: "OR",
        conditions: [
          {
            displayName: "down",
            conditionThreshold: {
              filter: 'metric.type="monitoring.googleapis.com/uptime_check/check_passed" AND resource.type="uptime_url"',
              comparison: "COMPARISON_GT",
              duration: "60s",
            },
          },
        ],
      },
    },
    { type: LOG_METRIC, name: "errors", props: { name: "api-errors", filter: 'resource.type="cloud_run_revision" AND severity>=ERROR' } },
  ],
};
