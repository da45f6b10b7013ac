import { VM_TYPES, vmKind } from "../lib/compute";
import { booleanPolicy } from "../lib/checks";

/** VMs should not forward packets (`canIpForward`, default false) unless they are network appliances. */
export default booleanPolicy({
  name: "gcp-compute-disallow-ip-forwarding",
  description: "VM instances and instance templates should not have IP forwarding enabled (`canIpForward`).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `canIpForward: true` (the default is false); use Cloud NAT instead of NAT instances, and keep IP forwarding only on dedicated network appliances (exempt those).",
  url: "https://cloud.google.com/vpc/docs/using-routes#canipforward",
  resourceTypes: VM_TYPES,
  path: "canIpForward",
  want: false,
  defaultValue: false,
  risk: (type) => `this ${vmKind(type)} can send and receive packets for other addresses and route traffic around firewall rules`,
  fix: "Remove canIpForward or set it to false.",
});
