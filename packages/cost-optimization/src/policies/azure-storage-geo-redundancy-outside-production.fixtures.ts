import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const sa = (name: unknown) => ({ type: SA, props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name } } });

export default fixtures([
  { name: "LRS in dev", expect: "pass", resource: sa("Standard_LRS") },
  { name: "RA-GRS in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: sa("Standard_RAGRS") },
  { name: "GRS in dev", expect: "violate", message: 'sku.name is "Standard_GRS" on a non-production stack', resource: sa("Standard_GRS") },
  {
    name: "production by stack name pattern that does not match",
    expect: "violate",
    message: "Standard_RAGZRS",
    config: { productionStackPattern: "^prod$" },
    resource: sa("Standard_RAGZRS"),
  },
  { name: "sku unknown", expect: "unknown", resource: sa(unknown()) },
]);
