import { fixtures, unknown } from "@rampart/policy-testing";

const FSP = "azure-native:storage:FileServiceProperties";
const base = { resourceGroupName: "rg", accountName: "files01", fileServicesName: "default" };

export default fixtures([
  { name: "AES-256-GCM only", expect: "pass", resource: { type: FSP, props: { ...base, protocolSettings: { smb: { channelEncryption: "AES-256-GCM" } } } } },
  {
    name: "AES-128-GCM allowed",
    expect: "violate",
    message: "weaker than AES-256-GCM",
    resource: { type: FSP, props: { ...base, protocolSettings: { smb: { channelEncryption: "AES-128-GCM;AES-256-GCM" } } } },
  },
  { name: "file service with defaults", expect: "violate", message: "channelEncryption is not set", resource: { type: FSP, props: base } },
  {
    name: "channel encryption unknown during preview",
    expect: "unknown",
    resource: { type: FSP, props: { ...base, protocolSettings: { smb: { channelEncryption: unknown() } } } },
  },
  {
    name: "a file share is not the file service",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:FileShare", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
