import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:guardduty/detector:Detector";
const F = "aws:guardduty/detectorFeature:DetectorFeature";

export default fixtures([
  { name: "S3 protection enabled", expect: "pass", resource: { type: F, props: { detectorId: "d1", name: "S3_DATA_EVENTS", status: "ENABLED" } } },
  {
    name: "feature outside the configured list",
    expect: "pass",
    config: { features: ["S3_DATA_EVENTS"] },
    resource: { type: F, props: { detectorId: "d1", name: "RDS_LOGIN_EVENTS", status: "DISABLED" } },
  },
  { name: "detector with S3 logs on", expect: "pass", resource: { type: D, props: { datasources: { s3Logs: { enable: true } } } } },
  {
    name: "RDS protection disabled",
    expect: "violate",
    message: 'Detector feature RDS_LOGIN_EVENTS has status "DISABLED"',
    resource: { type: F, props: { detectorId: "d1", name: "RDS_LOGIN_EVENTS", status: "DISABLED" } },
  },
  {
    name: "legacy EKS audit logs off",
    expect: "violate",
    message: "datasources.kubernetes.auditLogs.enable is false",
    resource: { type: D, props: { datasources: { kubernetes: { auditLogs: { enable: false } } } } },
  },
  { name: "status unknown", expect: "unknown", resource: { type: F, props: { detectorId: "d1", name: "S3_DATA_EVENTS", status: unknown() } } },
]);
