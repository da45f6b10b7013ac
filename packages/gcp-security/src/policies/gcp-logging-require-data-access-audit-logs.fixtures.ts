import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_STACK_WITH_OWN_ALERTS } from "../lib/logging.fixtures-kit";

const AC = "gcp:projects/iAMAuditConfig:IAMAuditConfig";
const OAC = "gcp:organizations/iamAuditConfig:IamAuditConfig";
const PS = "gcp:logging/projectSink:ProjectSink";
const all = [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }, { logType: "DATA_WRITE" }];

export default fixtures([
  {
    name: "project audit config for allServices",
    expect: "pass",
    resources: [{ type: AC, name: "audit", props: { project: "p", service: "allServices", auditLogConfigs: all } }],
  },
  {
    name: "organization audit config next to a per-service one",
    expect: "pass",
    resources: [
      { type: AC, name: "gcs", props: { project: "p", service: "storage.googleapis.com", auditLogConfigs: [{ logType: "DATA_READ" }] } },
      { type: OAC, name: "org", props: { orgId: "123", service: "allServices", auditLogConfigs: all } },
    ],
  },
  { name: "application stack is not checked", expect: "pass", resources: [{ type: "gcp:storage/bucket:Bucket", name: "b", props: { location: "EU" } }] },
  {
    name: "allServices without DATA_WRITE",
    expect: "violate",
    target: "audit",
    message: "auditLogConfigs lacks DATA_WRITE",
    resources: [
      { type: AC, name: "audit", props: { project: "p", service: "allServices", auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }] } },
    ],
  },
  {
    name: "exempted members",
    expect: "violate",
    target: "audit",
    message: "exemptedMembers exempts identities",
    resources: [
      {
        type: AC,
        name: "audit",
        props: {
          project: "p",
          service: "allServices",
          auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ", exemptedMembers: ["user:ops@example.com"] }, { logType: "DATA_WRITE" }],
        },
      },
    ],
  },
  {
    name: "governance stack without any audit config",
    expect: "violate",
    message: 'no IAM audit config enables Data Access audit logs for "allServices"',
    resources: [{ type: PS, name: "all", props: { destination: "storage.googleapis.com/logs" } }],
  },
  {
    name: "service unknown during preview",
    expect: "unknown",
    resources: [{ type: AC, name: "audit", props: { project: "p", service: unknown(), auditLogConfigs: all } }],
  },
  APP_STACK_WITH_OWN_ALERTS,
]);
