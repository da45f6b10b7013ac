import { planPolicy } from "../lib/defender";

/** The Defender for Servers plan must be on: a `security:Pricing` with pricingName VirtualMachines must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-servers-plan",
  plan: "VirtualMachines",
  title: "Defender for Servers",
  turnsOn: "endpoint detection and response, vulnerability assessment and threat detection for VMs",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/tutorial-enable-servers-plan",
});
