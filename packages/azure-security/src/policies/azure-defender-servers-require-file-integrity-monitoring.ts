import { serversComponentPolicy } from "../lib/defender";

/**
 * Defender for Servers Plan 2 should have File Integrity Monitoring on (the FileIntegrityMonitoring
 * extension of the VirtualMachines plan). Its default is not documented for the API, so a plan
 * that does not list it gets an advisory note; P1 or an explicit "False" is reported.
 */
export default serversComponentPolicy({
  name: "azure-defender-servers-require-file-integrity-monitoring",
  description: "Defender for Servers runs Plan 2 with the FileIntegrityMonitoring component on.",
  remediationSteps:
    'On the security.Pricing with `pricingName: "VirtualMachines"`, use `subPlan: "P2"` and list `{ name: "FileIntegrityMonitoring", isEnabled: "True" }` in `extensions` (with its Log Analytics workspace in additionalExtensionProperties if you send FIM data there).',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/file-integrity-monitoring-enable-defender-endpoint",
  component: { extension: "FileIntegrityMonitoring", title: "File Integrity Monitoring", omitted: "advisory" },
});
