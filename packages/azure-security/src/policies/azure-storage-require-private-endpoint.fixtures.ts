import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const PE = "azure-native:network:PrivateEndpoint";
const account = { type: SA, name: "data", props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } } };

export default fixtures([
  {
    name: "blob private endpoint linked by property dependency",
    expect: "pass",
    resources: [
      account,
      {
        type: PE,
        name: "data-blob-pe",
        props: { resourceGroupName: "rg", privateLinkServiceConnections: [{ name: "blob", privateLinkServiceId: unknown(), groupIds: ["blob"] }] },
        propertyDependencies: { privateLinkServiceConnections: ["data"] },
      },
    ],
  },
  {
    name: "manual private endpoint connection linked by dependency",
    expect: "pass",
    resources: [
      account,
      {
        type: PE,
        name: "data-pe",
        props: { resourceGroupName: "rg", manualPrivateLinkServiceConnections: [{ name: "blob", privateLinkServiceId: unknown(), groupIds: ["blob"] }] },
        propertyDependencies: { manualPrivateLinkServiceConnections: ["data"] },
      },
    ],
  },
  {
    name: "account without private endpoint",
    expect: "violate",
    target: "data",
    message: "No private endpoint in the stack connects to this storage account",
    resources: [account],
  },
  {
    name: "endpoint target unknown during preview, no dependency",
    expect: "unknown",
    resources: [account, { type: PE, name: "pe", props: { resourceGroupName: "rg", privateLinkServiceConnections: unknown() } }],
  },
  {
    name: "no storage account in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:storage:BlobContainer", name: "c", props: { resourceGroupName: "rg", accountName: "a" } }],
  },
]);
