import { fixtures, unknown } from "@rampart/policy-testing";

const FSP = "azure-native:storage:FileServiceProperties";
const base = { resourceGroupName: "rg", accountName: "files01", fileServicesName: "default" };

export default fixtures([
  { name: "file service with defaults (soft delete on)", expect: "pass", resource: { type: FSP, props: base } },
  { name: "soft delete for 14 days", expect: "pass", resource: { type: FSP, props: { ...base, shareDeleteRetentionPolicy: { enabled: true, days: 14 } } } },
  {
    name: "soft delete off",
    expect: "violate",
    message: "shareDeleteRetentionPolicy.enabled is false",
    resource: { type: FSP, props: { ...base, shareDeleteRetentionPolicy: { enabled: false } } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: FSP, props: { ...base, shareDeleteRetentionPolicy: { enabled: unknown() } } } },
  {
    name: "a blob service is not a file service",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobServiceProperties", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
