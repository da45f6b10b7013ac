import { fixtures, unknown } from "@rampart/policy-testing";

const RD = "azure-native:authorization:RoleDefinition";
const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";
const role = (permissions: unknown, extra: Record<string, unknown> = {}) => ({
  type: RD,
  props: { scope: SUB, roleName: "custom", roleType: "CustomRole", permissions, assignableScopes: [SUB], ...extra },
});

export default fixtures([
  {
    name: "narrow custom role",
    expect: "pass",
    resource: role([{ actions: ["Microsoft.Compute/virtualMachines/restart/action", "Microsoft.Compute/virtualMachines/read"] }]),
  },
  { name: "wildcard role at subscription scope", expect: "violate", message: 'permissions[].actions contains "*"', resource: role([{ actions: ["*"] }]) },
  {
    name: "wildcard role at the root scope",
    expect: "violate",
    message: "full subscription administrator",
    resource: role([{ actions: ["*"] }], { assignableScopes: ["/"] }),
  },
  {
    name: "wildcard role with assignableScopes omitted (definition scope is the subscription)",
    expect: "violate",
    message: "scope (assignableScopes is not set)",
    resource: { type: RD, props: { scope: SUB, roleName: "custom", permissions: [{ actions: ["*"] }] } },
  },
  {
    name: "wildcard role limited to a resource group",
    expect: "pass",
    resource: role([{ actions: ["*"] }], { assignableScopes: [`${SUB}/resourceGroups/rg`] }),
  },
  { name: "provider wildcard only", expect: "pass", resource: role([{ actions: ["Microsoft.Storage/*"] }]) },
  { name: "actions unknown during preview", expect: "unknown", resource: role([{ actions: unknown() }]) },
  { name: "scopes unknown during preview", expect: "unknown", resource: role([{ actions: ["*"] }], { assignableScopes: unknown() }) },
  {
    name: "a role assignment is not a definition",
    expect: "not-applicable",
    resource: { type: "azure-native:authorization:RoleAssignment", props: { scope: SUB, principalId: "p", roleDefinitionId: "r" } },
  },
]);
