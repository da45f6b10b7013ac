import { fixtures, unknown } from "@rampart/policy-testing";

const EP = "azure-native:sql:EncryptionProtector";
const base = { resourceGroupName: "rg", serverName: "sql01", encryptionProtectorName: "current" };

export default fixtures([
  {
    name: "customer-managed protector",
    expect: "pass",
    resource: { type: EP, props: { ...base, serverKeyType: "AzureKeyVault", serverKeyName: "vault01_key_1", autoRotationEnabled: true } },
  },
  {
    name: "service-managed protector",
    expect: "violate",
    message: 'serverKeyType is not "AzureKeyVault"',
    resource: { type: EP, props: { ...base, serverKeyType: "ServiceManaged" } },
  },
  { name: "key type unknown during preview", expect: "unknown", resource: { type: EP, props: { ...base, serverKeyType: unknown() } } },
  {
    name: "a server key is not the protector",
    expect: "not-applicable",
    resource: { type: "azure-native:sql:ServerKey", props: { resourceGroupName: "rg", serverName: "sql01", serverKeyType: "AzureKeyVault" } },
  },
]);
