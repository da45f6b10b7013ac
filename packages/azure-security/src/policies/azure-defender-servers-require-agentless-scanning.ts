import { serversComponentPolicy } from "../lib/defender";

/**
 * Defender for Servers Plan 2 must keep agentless scanning for machines on (the AgentlessVmScanning
 * extension of the VirtualMachines plan; on by default with Plan 2, so only P1 or an explicit
 * "False" is reported).
 */
export default serversComponentPolicy({
  name: "azure-defender-servers-require-agentless-scanning",
  description: "Defender for Servers runs Plan 2 with the AgentlessVmScanning component (agentless scanning for machines) on.",
  remediationSteps:
    'On the security.Pricing with `pricingName: "VirtualMachines"`, use `subPlan: "P2"` and list `{ name: "AgentlessVmScanning", isEnabled: "True" }` in `extensions` (or leave the extension out: Plan 2 turns it on).',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/enable-agentless-scanning-vms",
  component: { extension: "AgentlessVmScanning", title: "agentless scanning for machines", omitted: "ok" },
});
