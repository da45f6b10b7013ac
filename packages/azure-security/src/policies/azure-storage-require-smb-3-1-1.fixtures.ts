import { fixtures, unknown } from "@rampart/policy-testing";

const FSP = "azure-native:storage:FileServiceProperties";
const base = { resourceGroupName: "rg", accountName: "files01", fileServicesName: "default" };

export default fixtures([
  { name: "SMB 3.1.1 only", expect: "pass", resource: { type: FSP, props: { ...base, protocolSettings: { smb: { versions: "SMB3.1.1" } } } } },
  {
    name: "SMB 3.0 and 3.1.1",
    expect: "violate",
    message: "older than 3.1.1",
    resource: { type: FSP, props: { ...base, protocolSettings: { smb: { versions: "SMB3.0;SMB3.1.1" } } } },
  },
  {
    name: "file service with defaults (all versions)",
    expect: "violate",
    message: "protocolSettings.smb.versions is not set",
    resource: { type: FSP, props: base },
  },
  {
    name: "versions unknown during preview",
    expect: "unknown",
    resource: { type: FSP, props: { ...base, protocolSettings: { smb: { versions: unknown() } } } },
  },
  {
    name: "a file share is not the file service",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:FileShare", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
