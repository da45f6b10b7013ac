import { fixtures, unknown } from "@rampart/policy-testing";

const BC = "azure-native:storage:BlobContainer";
const base = { resourceGroupName: "rg", accountName: "data" };

export default fixtures([
  { name: "container with defaults (private)", expect: "pass", resource: { type: BC, props: base } },
  { name: "container with publicAccess None", expect: "pass", resource: { type: BC, props: { ...base, publicAccess: "None" } } },
  {
    name: "container readable by anyone (Container)",
    expect: "violate",
    message: "publicAccess lets anyone read",
    resource: { type: BC, props: { ...base, publicAccess: "Container" } },
  },
  { name: "blobs readable by anyone (Blob)", expect: "violate", message: "publicAccess", resource: { type: BC, props: { ...base, publicAccess: "Blob" } } },
  { name: "public access unknown during preview", expect: "unknown", resource: { type: BC, props: { ...base, publicAccess: unknown() } } },
  {
    name: "a storage account is not a container",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:StorageAccount", props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } } },
  },
]);
