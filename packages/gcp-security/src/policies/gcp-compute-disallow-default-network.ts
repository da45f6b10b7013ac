import { msg, peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const NETWORK = "gcp:compute/network:Network";

/**
 * Programs must not declare (or adopt) the project's `default` network. Pulumi auto-names a
 * network (`<name>-<suffix>`) when `name` is omitted, so only an explicit `name: "default"` is it.
 */
export default gcpPolicy({
  name: "gcp-compute-disallow-default-network",
  description: "Projects should use custom VPC networks, not the auto-created network named `default` with its permissive pre-populated firewall rules.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a custom-mode VPC network (`autoCreateSubnetworks: false`) with the subnets and firewall rules you need, move workloads to it and delete the `default` network; set the organization policy `constraints/compute.skipDefaultNetworkCreation` for new projects.",
  url: "https://cloud.google.com/vpc/docs/vpc#default-network",
  resourceTypes: [NETWORK],
  validateResource: ({ props }, report) => {
    const name = peek<unknown>(props, "name");
    if (name.state === "unknown") requireKnown(props, "name");
    if (name.state === "known" && name.value === "default") {
      report(
        msg`name is "default": this is the project's default network, which comes with pre-populated firewall rules (SSH and RDP open to 0.0.0.0/0). Use a custom VPC network instead.`,
      );
    }
  },
});
