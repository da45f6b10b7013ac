import { msg, peek, requireKnown } from "@rampart/policy-core";
import { vmPolicy } from "../lib/compute";

/**
 * VMs should have no external IP: an `accessConfigs` entry on a network interface gives it an
 * external IPv4 address (ephemeral when `natIp` is omitted), an `ipv6AccessConfigs` entry an
 * external IPv6 range. No entry means internal addresses only (the provider's default).
 */
export default vmPolicy({
  name: "gcp-compute-disallow-public-ip",
  description:
    "VM instances and instance templates should not have external IP addresses (no `accessConfigs` / `ipv6AccessConfigs` on their network interfaces).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `accessConfigs` (and `ipv6AccessConfigs`) from the network interfaces; reach the VM through Identity-Aware Proxy TCP forwarding or a load balancer, and give it outbound access with Cloud NAT. Enforce `constraints/compute.vmExternalIpAccess`.",
  url: "https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#disableexternalip",
  check: (props, kind, report) => {
    const nics = peek<unknown>(props, "networkInterfaces");
    if (nics.state === "unknown") {
      requireKnown(props, "networkInterfaces");
      return;
    }
    if (nics.state !== "known" || !Array.isArray(nics.value)) return;
    const list: unknown[] = nics.value;
    for (let i = 0; i < list.length; i++) {
      for (const key of ["accessConfigs", "ipv6AccessConfigs"]) {
        const ac = peek<unknown>(list, [i, key]);
        if (ac.state === "unknown") requireKnown(props, `networkInterfaces.${i}.${key}`);
        if (ac.state === "known" && Array.isArray(ac.value) && ac.value.length > 0) {
          const what = key === "accessConfigs" ? "an external IPv4 address" : "an external IPv6 range";
          report(
            msg`networkInterfaces.${i}.${key} is set, so this ${kind} gets ${what} reachable from the internet. Remove it and use IAP, a load balancer or Cloud NAT.`,
          );
        }
      }
    }
  },
});
