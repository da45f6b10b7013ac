import { fixtures, unknown } from "@rampart/policy-testing";
import { VAULT } from "../lib/keyvault";
import { vaultProps } from "../lib/keyvault.fixtures-kit";

export default fixtures([
  {
    name: "deny by default with trusted services",
    expect: "pass",
    resource: { type: VAULT, props: vaultProps({ networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } }) },
  },
  { name: "public network access disabled", expect: "pass", resource: { type: VAULT, props: vaultProps({ publicNetworkAccess: "disabled" }) } },
  {
    name: "allow by default",
    expect: "violate",
    message: 'networkAcls.defaultAction is not "Deny"',
    resource: { type: VAULT, props: vaultProps({ networkAcls: { defaultAction: "Allow" } }) },
  },
  { name: "vault with defaults (open to all networks)", expect: "violate", message: "any network", resource: { type: VAULT, props: vaultProps() } },
  {
    name: "default action unknown during preview",
    expect: "unknown",
    resource: { type: VAULT, props: vaultProps({ networkAcls: { defaultAction: unknown() } }) },
  },
  {
    name: "a managed HSM is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:ManagedHsm", props: { resourceGroupName: "rg", properties: {} } },
  },
]);
