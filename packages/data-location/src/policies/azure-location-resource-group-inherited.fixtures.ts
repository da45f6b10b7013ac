import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "azure-native:resources:ResourceGroup";
const SA = "azure-native:storage:StorageAccount";
const EU = { allowedJurisdictions: ["EU"] };
const account = { resourceGroupName: "rg-data", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  {
    name: "account inherits West Europe from its resource group (linked by name)",
    expect: "pass",
    config: EU,
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: "rg-data", location: "West Europe" } },
      { type: SA, name: "acct", props: account },
    ],
  },
  {
    name: "account inherits eastus from its resource group",
    expect: "violate",
    config: EU,
    target: "acct",
    message: '"acct" sets no location and inherits "eastus" (East US, US) from resource group "rg"',
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: "rg-data", location: "eastus" } },
      { type: SA, name: "acct", props: account },
    ],
  },
  {
    name: "empty location inherits the group's (and the resource policy leaves it here); group name in another case",
    expect: "violate",
    config: EU,
    target: "acct",
    message: 'inherits "eastus" (East US, US) from resource group "rg"',
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: "RG-Data", location: "eastus" } },
      { type: SA, name: "acct", props: { ...account, location: "" } },
    ],
  },
  {
    name: "during preview: group name unknown, linked by property dependency",
    expect: "violate",
    config: EU,
    target: "acct",
    message: 'inherits "uksouth"',
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: unknown(), location: "uksouth" } },
      { type: SA, name: "acct", props: { ...account, resourceGroupName: unknown() }, propertyDependencies: { resourceGroupName: ["rg"] } },
    ],
  },
  {
    name: "resource group location from its provider",
    expect: "pass",
    config: EU,
    resources: [
      {
        type: RG,
        name: "rg",
        props: { resourceGroupName: "rg-data" },
        provider: { type: "pulumi:providers:azure-native", name: "eu", props: { location: "northeurope" } },
      },
      { type: SA, name: "acct", props: account },
    ],
  },
  {
    name: "account with its own location is the resource policy's",
    expect: "pass",
    config: EU,
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: "rg-data", location: "eastus" } },
      { type: SA, name: "acct", props: { ...account, location: "westeurope" } },
    ],
  },
  { name: "resource group outside the stack", expect: "unknown", config: EU, resources: [{ type: SA, name: "acct", props: account }] },
  {
    name: "resource group location unknown during preview",
    expect: "unknown",
    config: EU,
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: "rg-data", location: unknown() } },
      { type: SA, name: "acct", props: account },
    ],
  },
  { name: "not configured: left to azure-location-allowed-region", expect: "pass", resources: [{ type: SA, name: "acct", props: account }] },
]);
