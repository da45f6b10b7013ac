import { booleanPolicy } from "../lib/checks";

/** VPC networks should be custom mode, so subnets and their ranges are declared on purpose. */
export default booleanPolicy({
  name: "gcp-compute-disallow-auto-mode-network",
  description: "VPC networks should be created in custom subnet mode (`autoCreateSubnetworks: false`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `autoCreateSubnetworks: false` and declare `gcp.compute.Subnetwork` resources for the regions and ranges you need (with flow logs and Private Google Access).",
  url: "https://cloud.google.com/vpc/docs/vpc#subnet-ranges",
  resourceTypes: ["gcp:compute/network:Network"],
  path: "autoCreateSubnetworks",
  want: false,
  defaultValue: true,
  risk: "the network gets a subnet in every region in 10.128.0.0/9, without flow logs, which can overlap peered and on-premises ranges",
  fix: "Set autoCreateSubnetworks to false and declare the subnets.",
});
