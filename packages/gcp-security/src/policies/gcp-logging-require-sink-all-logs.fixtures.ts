import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_STACK_WITH_OWN_ALERTS } from "../lib/logging.fixtures-kit";

const PS = "gcp:logging/projectSink:ProjectSink";
const OS = "gcp:logging/organizationSink:OrganizationSink";
const AC = "gcp:projects/iAMAuditConfig:IAMAuditConfig";
const B = "gcp:storage/bucket:Bucket";

export default fixtures([
  { name: "project sink with no filter", expect: "pass", resources: [{ type: PS, name: "all", props: { destination: "storage.googleapis.com/audit-logs" } }] },
  {
    name: "filtered sink next to an organization sink exporting all",
    expect: "pass",
    resources: [
      { type: PS, name: "errors", props: { destination: "bigquery.googleapis.com/projects/p/datasets/errors", filter: "severity>=ERROR" } },
      { type: OS, name: "org", props: { orgId: "123", includeChildren: true, destination: "storage.googleapis.com/org-logs" } },
    ],
  },
  { name: "application stack without logging resources is not checked", expect: "pass", resources: [{ type: B, name: "assets", props: { location: "EU" } }] },
  {
    name: "only a filtered sink",
    expect: "violate",
    target: "errors",
    message: "None of the stack's log sinks exports all log entries",
    resources: [{ type: PS, name: "errors", props: { destination: "storage.googleapis.com/x", filter: "severity>=ERROR" } }],
  },
  {
    name: "disabled sink",
    expect: "violate",
    target: "all",
    message: "None of the stack's log sinks",
    resources: [{ type: PS, name: "all", props: { destination: "storage.googleapis.com/x", disabled: true } }],
  },
  {
    name: "governance stack with audit config but no sink",
    expect: "violate",
    message: "has no log sink exporting all log entries",
    resources: [{ type: AC, name: "audit", props: { project: "p", service: "allServices", auditLogConfigs: [{ logType: "DATA_READ" }] } }],
  },
  {
    name: "filter unknown during preview",
    expect: "unknown",
    resources: [{ type: PS, name: "all", props: { destination: "storage.googleapis.com/x", filter: unknown() } }],
  },
  APP_STACK_WITH_OWN_ALERTS,
]);
