import { fixtures, unknown } from "@rampart/policy-testing";
import { endpointByDependency } from "../lib/private-endpoint.fixtures-kit";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";

const PE = "azure-native:network:PrivateEndpoint";
const blob = { name: "blob", groupIds: ["blob"] };
const account = { type: SA, name: "data", props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } } };

export default fixtures([
  {
    name: "blob private endpoint linked by property dependency",
    expect: "pass",
    resources: [account, endpointByDependency("data-blob-pe", "data", blob)],
  },
  {
    name: "manual private endpoint connection linked by dependency",
    expect: "pass",
    resources: [account, endpointByDependency("data-pe", "data", blob, "manualPrivateLinkServiceConnections")],
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
