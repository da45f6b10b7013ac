import { fixtures, unknown } from "@rampart/policy-testing";

const OS = "aws:opensearch/domain:Domain";
const LG = "arn:aws:logs:us-east-1:111122223333:log-group:/os/audit";

export default fixtures([
  {
    name: "audit logs published",
    expect: "pass",
    resource: { type: OS, props: { logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: LG, enabled: true }] } },
  },
  {
    name: "audit logs with enabled unset",
    expect: "pass",
    resource: {
      type: OS,
      props: {
        logPublishingOptions: [
          { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: LG },
          { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: LG },
        ],
      },
    },
  },
  { name: "no log publishing", expect: "violate", message: "no enabled AUDIT_LOGS entry", resource: { type: OS, props: { engineVersion: "OpenSearch_2.13" } } },
  {
    name: "audit logs disabled",
    expect: "violate",
    message: "no enabled AUDIT_LOGS entry",
    resource: {
      type: "aws:elasticsearch/domain:Domain",
      props: { logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: LG, enabled: false }] },
    },
  },
  {
    name: "log type unknown during preview",
    expect: "unknown",
    resource: { type: OS, props: { logPublishingOptions: [{ logType: unknown(), cloudwatchLogGroupArn: LG }] } },
  },
  { name: "package is not a domain", expect: "not-applicable", resource: { type: "aws:opensearch/package:Package", props: {} } },
]);
