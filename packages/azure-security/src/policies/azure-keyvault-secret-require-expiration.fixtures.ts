import { fixtures, secret, unknown } from "@rampart/policy-testing";

const SECRET = "azure-native:keyvault:Secret";
const base = { resourceGroupName: "rg", vaultName: "vault01" };

export default fixtures([
  {
    name: "secret that expires",
    expect: "pass",
    resource: { type: SECRET, props: { ...base, properties: { value: secret("s3cr3t-Value!"), attributes: { expires: 1830297600 } } } },
  },
  {
    name: "expiry unknown during preview counts as set",
    expect: "pass",
    resource: { type: SECRET, props: { ...base, properties: { value: unknown(), attributes: { expires: unknown() } } } },
  },
  {
    name: "secret without expiry",
    expect: "violate",
    message: "properties.attributes.expires is not set",
    resource: { type: SECRET, props: { ...base, properties: { value: secret("s3cr3t-Value!") } } },
  },
  {
    name: "secret with attributes but no expiry",
    expect: "violate",
    message: "never expires",
    resource: { type: SECRET, props: { ...base, properties: { value: secret("s3cr3t-Value!"), attributes: { enabled: true } } } },
  },
  { name: "secret properties unknown during preview", expect: "pass", resource: { type: SECRET, props: { ...base, properties: unknown() } } },
  { name: "a key is not a secret", expect: "not-applicable", resource: { type: "azure-native:keyvault:Key", props: { ...base, properties: {} } } },
]);
