import { fixtures, unknown } from "@rampart/policy-testing";
import { VAULT } from "../lib/keyvault";
import { vaultProps } from "../lib/keyvault.fixtures-kit";

export default fixtures([
  { name: "public network access disabled", expect: "pass", resource: { type: VAULT, props: vaultProps({ publicNetworkAccess: "Disabled" }) } },
  {
    name: "public network access enabled",
    expect: "violate",
    message: 'publicNetworkAccess is not "Disabled"',
    resource: { type: VAULT, props: vaultProps({ publicNetworkAccess: "Enabled" }) },
  },
  {
    name: "vault with defaults (enabled)",
    expect: "violate",
    message: "publicNetworkAccess",
    resource: { type: VAULT, props: vaultProps({ networkAcls: { defaultAction: "Deny" } }) },
  },
  { name: "public network access unknown during preview", expect: "unknown", resource: { type: VAULT, props: vaultProps({ publicNetworkAccess: unknown() }) } },
  {
    name: "a secret is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Secret", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } },
  },
]);
