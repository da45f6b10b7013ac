import { fixtures, unknown } from "@rampart/policy-testing";
import { VAULT } from "../lib/keyvault";
import { vaultProps } from "../lib/keyvault.fixtures-kit";

export default fixtures([
  { name: "vault with defaults (soft delete on)", expect: "pass", resource: { type: VAULT, props: vaultProps() } },
  {
    name: "soft delete on for 90 days",
    expect: "pass",
    resource: { type: VAULT, props: vaultProps({ enableSoftDelete: true, softDeleteRetentionInDays: 90 }) },
  },
  {
    name: "soft delete off",
    expect: "violate",
    message: "properties.enableSoftDelete is false",
    resource: { type: VAULT, props: vaultProps({ enableSoftDelete: false }) },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: VAULT, props: vaultProps({ enableSoftDelete: unknown() }) } },
  {
    name: "a secret is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:Secret", props: { resourceGroupName: "rg", vaultName: "v", properties: {} } },
  },
]);
