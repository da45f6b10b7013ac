import { isOpenCidr, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { SQL_INSTANCE } from "../lib/sql-flags";
import { gcpPolicy } from "../policy";

/**
 * Cloud SQL instances with a public IP must not authorize `0.0.0.0/0` (or `::/0`) in
 * `settings.ipConfiguration.authorizedNetworks`: that lets any address on the internet reach the
 * database port. With `ipv4Enabled: false` the list has no effect and the policy is quiet.
 */
export default gcpPolicy({
  name: "gcp-sql-disallow-public-authorized-networks",
  description: "Cloud SQL instances must not authorize 0.0.0.0/0 (or ::/0) in their authorized networks.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove the 0.0.0.0/0 entry from settings.ipConfiguration.authorizedNetworks and list only the client ranges that need access, or better set ipv4Enabled to false and connect over private IP or the Cloud SQL Auth Proxy.",
  url: "https://cloud.google.com/sql/docs/mysql/authorize-networks",
  resourceTypes: [SQL_INSTANCE],
  validateResource: ({ props }, report) => {
    const ipv4 = peek<boolean>(props, "settings.ipConfiguration.ipv4Enabled");
    if (ipv4.state === "known" && ipv4.value === false) return; // no public IP: authorized networks do not apply
    const nets = peekItems<Record<string, unknown>>(props, "settings.ipConfiguration.authorizedNetworks");
    let unknownValue = nets.unknown;
    let open = false;
    for (const n of nets.known) {
      const v = peek<string>(n, "value");
      if (v.state === "unknown") unknownValue = true;
      else if (v.state === "known" && isOpenCidr(v.value)) open = true;
    }
    if (open) {
      if (ipv4.state === "unknown") return requireKnown(props, "settings.ipConfiguration.ipv4Enabled");
      report(
        "settings.ipConfiguration.authorizedNetworks allows 0.0.0.0/0 (the whole internet) to connect to the instance's public IP. Remove that entry and authorize only specific client ranges, or set ipv4Enabled to false.",
      );
      return;
    }
    if (unknownValue) requireKnown(props, "settings.ipConfiguration.authorizedNetworks");
  },
});
