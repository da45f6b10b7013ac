import { fixtures, unknown } from "@rampart/policy-testing";
import { instance, instanceTemplate } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "internal only", expect: "pass", resource: instance({ networkInterfaces: [{ subnetwork: "app" }] }) },
  {
    name: "empty accessConfigs list",
    expect: "pass",
    resource: instance({ networkInterfaces: [{ subnetwork: "app", accessConfigs: [] }] }),
  },
  {
    name: "ephemeral external IP",
    expect: "violate",
    message: "networkInterfaces.0.accessConfigs is set",
    resource: instance({ networkInterfaces: [{ subnetwork: "app", accessConfigs: [{}] }] }),
  },
  {
    name: "template with external IPv6 on the second interface",
    expect: "violate",
    message: "networkInterfaces.1.ipv6AccessConfigs is set, so this instance template gets an external IPv6 range",
    resource: instanceTemplate({
      networkInterfaces: [{ subnetwork: "a" }, { subnetwork: "b", stackType: "IPV4_IPV6", ipv6AccessConfigs: [{ networkTier: "PREMIUM" }] }],
    }),
  },
  {
    name: "accessConfigs unknown during preview",
    expect: "unknown",
    resource: instance({ networkInterfaces: [{ subnetwork: "app", accessConfigs: unknown() }] }),
  },
  { name: "a firewall is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/firewall:Firewall", props: { network: "vpc" } } },
]);
