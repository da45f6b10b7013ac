import { fixtures, unknown } from "@rampart/policy-testing";

const KEY = "azure-native:keyvault:Key";
const base = { resourceGroupName: "rg", vaultName: "vault01" };

export default fixtures([
  {
    name: "key that expires",
    expect: "pass",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA", keySize: 3072, attributes: { expires: 1830297600 } } } },
  },
  {
    name: "expiry unknown during preview counts as set",
    expect: "pass",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA", attributes: { expires: unknown() } } } },
  },
  {
    name: "key without expiry",
    expect: "violate",
    message: "properties.attributes.expires is not set",
    resource: { type: KEY, props: { ...base, properties: { kty: "RSA", attributes: { enabled: true } } } },
  },
  {
    name: "key without attributes",
    expect: "violate",
    message: "never expires",
    resource: { type: KEY, props: { ...base, properties: { kty: "EC", curveName: "P-256" } } },
  },
  { name: "key properties unknown during preview", expect: "pass", resource: { type: KEY, props: { ...base, properties: unknown() } } },
  { name: "a secret is not a key", expect: "not-applicable", resource: { type: "azure-native:keyvault:Secret", props: { ...base, properties: {} } } },
]);
