import { azurePolicy } from "../policy";
import { checkValue, notTrue } from "../lib/checks";
import { ACR } from "../lib/data";

/** Container registries must not enable the admin user (`adminUserEnabled`, false by default): its shared password has push and pull rights. */
export default azurePolicy({
  name: "azure-containerregistry-disable-admin-user",
  description: "Container registries must have the admin user disabled and use Microsoft Entra ID identities instead.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `adminUserEnabled: true` (off by default) or set it to false; give pipelines and clusters AcrPush/AcrPull role assignments on their managed identities or service principals.",
  url: "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account",
  resourceTypes: [ACR],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "adminUserEnabled",
      ok: notTrue,
      bad: "a shared admin password with push and pull rights exists. Set it to false and use Entra ID identities.",
    });
  },
});
