import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_STACK_WITH_OWN_ALERTS } from "../lib/logging.fixtures-kit";

const M = "gcp:logging/metric:Metric";
const A = "gcp:monitoring/alertPolicy:AlertPolicy";
const PS = "gcp:logging/projectSink:ProjectSink";

const FILTERS: Record<string, string> = {
  owner:
    '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
  audit: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
  role: 'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole")',
  firewall: 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert")',
  route: 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
  network: 'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.delete")',
  storage: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
  sql: 'protoPayload.methodName="cloudsql.instances.update"',
};

const metric = (key: string) => ({ type: M, name: `m-${key}`, props: { name: `${key}-changes`, filter: FILTERS[key] } });
const alert = (key: string) => ({
  type: A,
  name: `a-${key}`,
  props: {
    displayName: `${key} changes`,
    combiner: "OR",
    conditions: [
      {
        displayName: "count",
        conditionThreshold: {
          filter: `metric.type="logging.googleapis.com/user/${key}-changes" AND resource.type="global"`,
          comparison: "COMPARISON_GT",
          duration: "0s",
        },
      },
    ],
  },
});
const all = Object.keys(FILTERS).flatMap((k) => [metric(k), alert(k)]);

export default fixtures([
  { name: "every change has a metric and an alert", expect: "pass", resources: all },
  {
    name: "log-match alert for SQL changes instead of a metric",
    expect: "pass",
    resources: [
      ...Object.keys(FILTERS)
        .filter((k) => k !== "sql")
        .flatMap((k) => [metric(k), alert(k)]),
      {
        type: A,
        name: "a-sql",
        props: { displayName: "sql", combiner: "OR", conditions: [{ displayName: "log", conditionMatchedLog: { filter: FILTERS.sql } }] },
      },
    ],
  },
  { name: "application stack is not checked", expect: "pass", resources: [{ type: "gcp:storage/bucket:Bucket", name: "b", props: { location: "EU" } }] },
  {
    name: "firewall metric without an alert",
    expect: "violate",
    message: "covers: VPC firewall rule changes (CIS 2.8)",
    resources: all.filter((r) => r.name !== "a-firewall"),
  },
  {
    name: "governance stack with no metrics",
    expect: "violate",
    message: "project ownership changes (CIS 2.5), audit configuration changes (CIS 2.6)",
    resources: [{ type: PS, name: "all", props: { destination: "storage.googleapis.com/logs" } }],
  },
  {
    name: "a metric filter unknown during preview",
    expect: "unknown",
    resources: [...all.filter((r) => r.name !== "m-route"), { type: M, name: "m-route", props: { name: "route-changes", filter: unknown() } }],
  },
  APP_STACK_WITH_OWN_ALERTS,
]);
