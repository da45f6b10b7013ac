import { peek } from "@rampart/policy-core";
import { nodePoolPolicy } from "../lib/gke";

/**
 * GKE node pools must keep node auto-upgrade and auto-repair on (`management.autoUpgrade` and
 * `management.autoRepair`, both true by default), so nodes get security patches and failed nodes
 * are replaced.
 */
export default nodePoolPolicy({
  name: "gcp-gke-require-node-auto-upgrade",
  description: "GKE node pools must keep node auto-upgrade and auto-repair enabled (management.autoUpgrade and autoRepair true, the defaults).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove management.autoUpgrade false and management.autoRepair false from the node pool (both default to true), and use maintenance windows to control when upgrades happen.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades",
  judge: (props, site) => {
    if (!site.managementPath) return undefined; // the default pool: GKE's defaults apply
    const where = site.managementPath.replace(/\.(\d+)\./g, "[$1].");
    const off: string[] = [];
    for (const key of ["autoUpgrade", "autoRepair"]) {
      const v = peek<boolean>(props, `${site.managementPath}.${key}`);
      if (v.state === "unknown") return { unknown: `${site.managementPath}.${key}` };
      if (v.state === "known" && v.value === false) off.push(`${where}.${key}`);
    }
    if (off.length === 0) return undefined;
    return `${off.join(" and ")} ${off.length > 1 ? "are" : "is"} false, so the pool's nodes miss security patches or are not repaired. Remove the setting or set it to true.`;
  },
});
