import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const BSP = "azure-native:storage:BlobServiceProperties";
const account = { type: SA, name: "data", props: { resourceGroupName: "rg", accountName: "datastore01", kind: "StorageV2", sku: { name: "Standard_LRS" } } };
const svc = (props: Record<string, unknown>, link: Record<string, unknown> = { accountName: "datastore01" }) => ({
  type: BSP,
  name: "data-blob",
  props: { resourceGroupName: "rg", blobServicesName: "default", ...link, ...props },
});

export default fixtures([
  { name: "blob versioning on, linked by account name", expect: "pass", resources: [account, svc({ isVersioningEnabled: true })] },
  {
    name: "blob versioning on, linked by property dependency during preview",
    expect: "pass",
    resources: [account, { ...svc({ isVersioningEnabled: true }, { accountName: unknown() }), propertyDependencies: { accountName: ["data"] } }],
  },
  {
    name: "blob versioning off",
    expect: "violate",
    target: "data-blob",
    message: "isVersioningEnabled is not true",
    resources: [account, svc({ isVersioningEnabled: false })],
  },
  {
    name: "BlobServiceProperties without the setting (off by default)",
    expect: "violate",
    target: "data-blob",
    message: "isVersioningEnabled",
    resources: [account, svc({ cors: { corsRules: [] } })],
  },
  {
    name: "BlobServiceProperties of an account outside the stack, setting off",
    expect: "violate",
    target: "data-blob",
    message: "isVersioningEnabled",
    resources: [svc({ isVersioningEnabled: false }, { accountName: "elsewhere01" })],
  },
  { name: "account without BlobServiceProperties in the stack", expect: "advisory", message: "no BlobServiceProperties in the stack", resources: [account] },
  { name: "setting unknown during preview", expect: "unknown", resources: [account, svc({ isVersioningEnabled: unknown() })] },
  {
    name: "account name of the companion unknown, no dependency",
    expect: "unknown",
    resources: [account, svc({ isVersioningEnabled: true }, { accountName: unknown() })],
  },
  {
    name: "a file service is not a blob service",
    expect: "not-applicable",
    resources: [{ type: "azure-native:storage:FileServiceProperties", name: "f", props: { accountName: "x", resourceGroupName: "rg" } }],
  },
]);
