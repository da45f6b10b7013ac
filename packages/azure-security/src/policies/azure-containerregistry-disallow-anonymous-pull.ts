import { azurePolicy } from "../policy";
import { checkValue, notTrue } from "../lib/checks";
import { ACR } from "../lib/data";

/** Container registries must not allow unauthenticated pulls (`anonymousPullEnabled`, false by default). */
export default azurePolicy({
  name: "azure-containerregistry-disallow-anonymous-pull",
  description: "Container registries must not allow anonymous (unauthenticated) image pulls.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `anonymousPullEnabled: true` (off by default) or set it to false; publish public images through a registry meant for public content.",
  url: "https://learn.microsoft.com/en-us/azure/container-registry/anonymous-pull-access",
  resourceTypes: [ACR],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "anonymousPullEnabled",
      ok: notTrue,
      bad: "anyone who can reach the registry can pull every image without signing in. Set it to false.",
    });
  },
});
