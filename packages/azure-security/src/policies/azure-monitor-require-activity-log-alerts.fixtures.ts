import { fixtures, unknown } from "@rampart/policy-testing";

const A = "azure-native:monitor:ActivityLogAlert";
const scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"];
const actions = { actionGroups: [{ actionGroupId: "/subscriptions/s/resourceGroups/rg/providers/microsoft.insights/actionGroups/secops" }] };
const OPS = [
  "Microsoft.Authorization/policyAssignments/write",
  "Microsoft.Authorization/policyAssignments/delete",
  "Microsoft.Network/networkSecurityGroups/write",
  "Microsoft.Network/networkSecurityGroups/delete",
  "Microsoft.Security/securitySolutions/write",
  "Microsoft.Security/securitySolutions/delete",
  "Microsoft.Sql/servers/firewallRules/write",
  "Microsoft.Sql/servers/firewallRules/delete",
  "Microsoft.Network/publicIPAddresses/write",
  "Microsoft.Network/publicIPAddresses/delete",
];
const opAlert = (i: number, op: unknown, enabled: unknown = true) => ({
  type: A,
  name: `alert-${i}`,
  props: {
    resourceGroupName: "rg",
    location: "Global",
    scopes,
    actions,
    enabled,
    condition: {
      allOf: [
        { field: "category", equals: "Administrative" },
        { field: "operationName", equals: op },
      ],
    },
  },
});
const health = {
  type: A,
  name: "health",
  props: { resourceGroupName: "rg", location: "Global", scopes, actions, condition: { allOf: [{ field: "category", equals: "ServiceHealth" }] } },
};

export default fixtures([
  { name: "every CIS alert", expect: "pass", resources: [...OPS.map((op, i) => opAlert(i, op)), health] },
  {
    name: "operations grouped with anyOf",
    expect: "pass",
    resources: [
      {
        type: A,
        name: "all-ops",
        props: {
          resourceGroupName: "rg",
          scopes,
          actions,
          condition: { allOf: [{ field: "category", equals: "Administrative" }, { anyOf: OPS.map((op) => ({ field: "operationName", equals: op })) }] },
        },
      },
      health,
    ],
  },
  { name: "Service Health alert missing", expect: "violate", message: "covers: Service Health", resources: OPS.map((op, i) => opAlert(i, op)) },
  {
    name: "a disabled alert does not count",
    expect: "violate",
    message: "Delete public IP address",
    resources: [...OPS.slice(0, 9).map((op, i) => opAlert(i, op)), opAlert(9, OPS[9], false), health],
  },
  {
    name: "operation unknown during preview",
    expect: "unknown",
    resources: [...OPS.slice(0, 9).map((op, i) => opAlert(i, op)), opAlert(9, unknown()), health],
  },
  {
    name: "stack without activity log alerts",
    expect: "pass",
    resources: [{ type: "azure-native:monitor:DiagnosticSetting", name: "d", props: { resourceUri: "/subscriptions/s/x", workspaceId: "/subscriptions/s/w" } }],
  },
  { name: "application stack with only a Service Health alert is not checked", expect: "pass", resources: [health] },
  {
    name: "application stack with an alert on its own resource is not checked",
    expect: "pass",
    resources: [opAlert(0, "Microsoft.Web/sites/restart/action")],
  },
]);
