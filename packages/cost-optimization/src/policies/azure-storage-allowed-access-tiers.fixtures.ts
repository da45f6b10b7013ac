import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const sa = (accessTier?: unknown) => ({
  type: SA,
  props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...(accessTier === undefined ? {} : { accessTier }) },
});

export default fixtures([
  { name: "Cool", expect: "pass", resource: sa("Cool") },
  { name: "no tier (Hot default)", expect: "pass", resource: sa() },
  { name: "Premium tier", expect: "violate", message: 'accessTier is "Premium", not in nonProductionAllowedAccessTiers', resource: sa("Premium") },
  {
    name: "Hot outside production with a stricter list",
    expect: "violate",
    message: "nonProductionAllowedAccessTiers",
    config: { nonProductionAllowedAccessTiers: ["Cool", "Cold"] },
    resource: sa("Hot"),
  },
  {
    name: "Hot in production with a stricter non-production list",
    expect: "pass",
    config: { nonProductionAllowedAccessTiers: ["Cool", "Cold"], productionStackPattern: "^dev$" },
    resource: sa("Hot"),
  },
  { name: "tier of the wrong type (the provider rejects it; not a cost finding)", expect: "pass", resource: sa(true) },
  { name: "tier unknown", expect: "unknown", resource: sa(unknown()) },
]);
