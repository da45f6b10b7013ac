import { azurePolicy } from "../policy";
import { checkValue, notFalse } from "../lib/checks";
import { DATABRICKS_WORKSPACE, isServerless } from "../lib/databricks";

/** Databricks clusters must not get public IPs: `parameters.enableNoPublicIp.value` defaults to true, so only an explicit false is reported. */
export default azurePolicy({
  name: "azure-databricks-require-no-public-ip",
  description: "Databricks workspaces keep secure cluster connectivity (No Public IP) enabled, so cluster nodes get no public IP addresses.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Set `parameters.enableNoPublicIp: { value: true }` (or leave it out: true is the default).",
  url: "https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/secure-cluster-connectivity",
  resourceTypes: [DATABRICKS_WORKSPACE],
  validateResource: ({ props, notApplicable }, report) => {
    if (isServerless(props)) notApplicable("a Serverless workspace has no classic compute plane");
    checkValue(props, report, {
      path: "parameters.enableNoPublicIp.value",
      ok: notFalse,
      bad: "every cluster node gets a public IP address reachable from the internet. Set it to true (the default).",
    });
  },
});
