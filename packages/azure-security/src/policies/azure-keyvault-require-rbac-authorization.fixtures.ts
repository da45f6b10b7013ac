import { fixtures, unknown } from "@rampart/policy-testing";
import { VAULT } from "../lib/keyvault";
import { vaultProps } from "../lib/keyvault.fixtures-kit";

export default fixtures([
  { name: "RBAC authorization on", expect: "pass", resource: { type: VAULT, props: vaultProps({ enableRbacAuthorization: true }) } },
  {
    name: "access policies (false)",
    expect: "violate",
    message: "enableRbacAuthorization is not true",
    resource: { type: VAULT, props: vaultProps({ enableRbacAuthorization: false, accessPolicies: [] }) },
  },
  { name: "vault with defaults (false)", expect: "violate", message: "enableRbacAuthorization", resource: { type: VAULT, props: vaultProps() } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: VAULT, props: vaultProps({ enableRbacAuthorization: unknown() }) } },
  {
    name: "an access policy is not a vault",
    expect: "not-applicable",
    resource: { type: "azure-native:keyvault:AccessPolicy", props: { resourceGroupName: "rg", vaultName: "v", policy: {} } },
  },
]);
