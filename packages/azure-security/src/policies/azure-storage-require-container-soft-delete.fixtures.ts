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
  {
    name: "container soft delete on, linked by account name",
    expect: "pass",
    resources: [account, svc({ containerDeleteRetentionPolicy: { enabled: true, days: 7 } })],
  },
  {
    name: "container soft delete on, linked by property dependency during preview",
    expect: "pass",
    resources: [
      account,
      { ...svc({ containerDeleteRetentionPolicy: { enabled: true, days: 7 } }, { accountName: unknown() }), propertyDependencies: { accountName: ["data"] } },
    ],
  },
  {
    name: "container soft delete off",
    expect: "violate",
    target: "data-blob",
    message: "containerDeleteRetentionPolicy.enabled is not true",
    resources: [account, svc({ containerDeleteRetentionPolicy: { enabled: false } })],
  },
  {
    name: "BlobServiceProperties without the setting (off by default)",
    expect: "violate",
    target: "data-blob",
    message: "containerDeleteRetentionPolicy.enabled",
    resources: [account, svc({ cors: { corsRules: [] } })],
  },
  {
    name: "BlobServiceProperties of an account outside the stack, setting off",
    expect: "violate",
    target: "data-blob",
    message: "containerDeleteRetentionPolicy.enabled",
    resources: [svc({ containerDeleteRetentionPolicy: { enabled: false } }, { accountName: "elsewhere01" })],
  },
  { name: "account without BlobServiceProperties in the stack", expect: "advisory", message: "no BlobServiceProperties in the stack", resources: [account] },
  { name: "setting unknown during preview", expect: "unknown", resources: [account, svc({ containerDeleteRetentionPolicy: unknown() })] },
  {
    name: "account name of the companion unknown, no dependency",
    expect: "unknown",
    resources: [account, svc({ containerDeleteRetentionPolicy: { enabled: true, days: 7 } }, { accountName: unknown() })],
  },
  {
    name: "a file service is not a blob service",
    expect: "not-applicable",
    resources: [{ type: "azure-native:storage:FileServiceProperties", name: "f", props: { accountName: "x", resourceGroupName: "rg" } }],
  },
]);
