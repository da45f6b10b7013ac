import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const RG = "azure-native:resources:ResourceGroup";
const EU = { allowedJurisdictions: ["EU"] };
const account = (location: unknown) => ({ resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" }, location });

export default fixtures([
  { name: "westeurope", expect: "pass", config: EU, resource: { type: SA, props: account("westeurope") } },
  { name: "display name West Europe", expect: "pass", config: EU, resource: { type: SA, props: account("West Europe") } },
  { name: "upper case WESTEUROPE", expect: "pass", config: EU, resource: { type: SA, props: account("WESTEUROPE") } },
  {
    name: "West Europe allowed by listing westeurope in allowedRegions.azure",
    expect: "pass",
    config: { allowedRegions: { azure: ["westeurope"] } },
    resource: { type: SA, props: account("West Europe") },
  },
  {
    name: "westeurope allowed by listing the display name West Europe",
    expect: "pass",
    config: { allowedRegions: { azure: ["West Europe"] } },
    resource: { type: SA, props: account("westeurope") },
  },
  {
    name: "East US",
    expect: "violate",
    config: EU,
    message: 'location "eastus" (East US, US)',
    resource: { type: SA, props: account("East US") },
  },
  {
    name: "Switzerland North is CH, not EU",
    expect: "violate",
    config: EU,
    message: '"switzerlandnorth" (Switzerland North, CH)',
    resource: { type: SA, props: account("switzerlandnorth") },
  },
  {
    name: "resource group in uksouth with UK allowed",
    expect: "pass",
    config: { allowedJurisdictions: ["UK"] },
    resource: { type: RG, props: { location: "uksouth" } },
  },
  {
    name: "resource group without location takes its provider's location",
    expect: "violate",
    config: EU,
    message: 'from provider "default"\'s location',
    resource: { type: RG, props: {}, provider: { type: "pulumi:providers:azure-native", name: "default", props: { location: "eastus2" } } },
  },
  {
    name: "resource without location inherits its resource group's: left to the stack policy",
    expect: "pass",
    config: EU,
    resource: { type: SA, props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } } },
  },
  {
    name: "global location",
    expect: "pass",
    config: EU,
    resource: { type: "azure-native:monitor:ActionGroup", props: { resourceGroupName: "rg", location: "global" } },
  },
  {
    name: "DNS zone is global: not applicable",
    expect: "not-applicable",
    config: EU,
    resource: { type: "azure-native:dns:Zone", props: { resourceGroupName: "rg", location: "global" } },
  },
  { name: "not configured: left to multi-location-require-configuration", expect: "pass", resource: { type: SA, props: account("westeurope") } },
  { name: "location unknown during preview", expect: "unknown", config: EU, resource: { type: SA, props: account(unknown()) } },
  {
    name: "resource group without location and no provider location",
    expect: "advisory",
    message: "location cannot be determined",
    config: EU,
    resource: { type: RG, props: {} },
  },
]);
