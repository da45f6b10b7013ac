import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "azure-native:resources:ResourceGroup";
const SA = "azure-native:storage:StorageAccount";
const EU = { allowedJurisdictions: ["EU"] };
const account = (sku: unknown, location?: unknown) => ({
  resourceGroupName: "rg-data",
  kind: "StorageV2",
  sku: { name: sku },
  ...(location === undefined ? {} : { location }),
});

export default fixtures([
  {
    name: "GRS in North Europe (pair West Europe)",
    expect: "pass",
    config: EU,
    resources: [{ type: SA, name: "acct", props: account("Standard_GRS", "northeurope") }],
  },
  {
    name: "LRS in Brazil South stays in Brazil",
    expect: "pass",
    config: { allowedJurisdictions: ["BR"] },
    resources: [{ type: SA, name: "acct", props: account("Standard_LRS", "brazilsouth") }],
  },
  {
    name: "GRS in Brazil South: the pair South Central US lies outside the allowed jurisdiction BR",
    expect: "violate",
    config: { allowedJurisdictions: ["BR"] },
    target: "acct",
    message: 'paired region "southcentralus" (South Central US, US)',
    resources: [{ type: SA, name: "acct", props: account("Standard_GRS", "Brazil South") }],
  },
  {
    name: "RA-GZRS in UK South with only ukwest... not listed: pair outside allowedRegions",
    expect: "violate",
    config: { allowedRegions: { azure: ["uksouth"] } },
    target: "acct",
    message: 'paired region "ukwest"',
    resources: [{ type: SA, name: "acct", props: account("Standard_RAGZRS", "uksouth") }],
  },
  {
    name: "GRS account inheriting West US 3 from its resource group (pair East US, allowed with US)",
    expect: "pass",
    config: { allowedJurisdictions: ["US"] },
    resources: [
      { type: RG, name: "rg", props: { resourceGroupName: "rg-data", location: "westus3" } },
      { type: SA, name: "acct", props: account("Standard_GRS") },
    ],
  },
  {
    name: "GRS in a nonpaired region",
    expect: "unknown",
    config: EU,
    resources: [{ type: SA, name: "acct", props: account("Standard_GRS", "italynorth") }],
  },
  {
    name: "SKU unknown during preview, pair allowed: no SKU can make it a finding",
    expect: "pass",
    config: EU,
    resources: [{ type: SA, name: "acct", props: account(unknown(), "northeurope") }],
  },
  {
    name: "SKU unknown during preview, pair not allowed",
    expect: "unknown",
    config: { allowedJurisdictions: ["BR"] },
    resources: [{ type: SA, name: "acct", props: account(unknown(), "brazilsouth") }],
  },
  {
    name: "SKU name in another case",
    expect: "violate",
    config: { allowedJurisdictions: ["BR"] },
    target: "acct",
    message: 'uses Standard_GRS in "brazilsouth"',
    resources: [{ type: SA, name: "acct", props: account("standard_grs", "brazilsouth") }],
  },
  {
    name: "not configured: left to azure-location-allowed-region",
    expect: "pass",
    resources: [{ type: SA, name: "acct", props: account("Standard_GRS", "brazilsouth") }],
  },
]);
