import { fixtures, unknown } from "@rampart/policy-testing";

const KEY = "azure-native:keyvault:Key";
const base = { resourceGroupName: "rg", vaultName: "vault01" };
const rotate = { action: { type: "rotate" }, trigger: { timeBeforeExpiry: "P30D" } };

export default fixtures([
  {
    name: "key rotated 30 days before expiry",
    expect: "pass",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA", rotationPolicy: { attributes: { expiryTime: "P1Y" }, lifetimeActions: [rotate] } } } },
  },
  {
    name: "action type unknown during preview counts as rotate",
    expect: "pass",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [{ action: { type: unknown() } }] } } } },
  },
  {
    name: "rotation policy that only notifies",
    expect: "violate",
    message: 'no lifetime action of type "rotate"',
    resource: {
      type: KEY,
      props: {
        ...base,
        properties: { kty: "RSA", rotationPolicy: { lifetimeActions: [{ action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } }] } },
      },
    },
  },
  {
    name: "key without rotation policy",
    expect: "violate",
    message: "never rotated automatically",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA" } } },
  },
  {
    name: "lifetime actions unknown during preview",
    expect: "unknown",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA", rotationPolicy: { lifetimeActions: unknown() } } } },
  },
  {
    name: "a vault is not a key",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Vault", props: { resourceGroupName: "rg", properties: {} } },
  },
]);
