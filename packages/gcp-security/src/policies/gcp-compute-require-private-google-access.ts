import { booleanPolicy } from "../lib/checks";

/** Subnets should have Private Google Access, so VMs without external IPs reach Google APIs privately. */
export default booleanPolicy({
  name: "gcp-compute-require-private-google-access",
  description: "VPC subnets should have Private Google Access enabled (`privateIpGoogleAccess: true`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `privateIpGoogleAccess: true` on the subnetwork so VMs with only internal IPs can reach Google APIs and services without public IPs.",
  url: "https://cloud.google.com/vpc/docs/configure-private-google-access",
  resourceTypes: ["gcp:compute/subnetwork:Subnetwork"],
  path: "privateIpGoogleAccess",
  want: true,
  defaultValue: false,
  risk: "VMs without an external IP cannot reach Google APIs, which pushes workloads towards public IPs",
  fix: "Set privateIpGoogleAccess to true.",
});
