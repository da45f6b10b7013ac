import { checkGcpLocation, describeAllowed, describeRegion, isResidencyConfigured, peek, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { gcpLocationOf } from "../where";

const INSTANCE = "gcp:sql/databaseInstance:DatabaseInstance";

/**
 * Cloud SQL copies data in two ways this policy checks: a read or cross-region replica
 * (`masterInstanceName` set) lives in its own `region` (else the provider's); backups go to
 * `settings.backupConfiguration.location` (a region or a multi-region such as `eu`). Both must
 * be allowed.
 */
export default locationPolicy<"gcp-sql-replica-region", ResidencyConfig>({
  name: "gcp-sql-replica-region",
  description: "Cloud SQL replicas and backups must be stored in allowed regions.",
  remediationSteps:
    "Create the replica with `region` inside allowedRegions.gcp or allowedJurisdictions, and set `settings.backupConfiguration.location` to an allowed region or multi-region.",
  url: "https://cloud.google.com/sql/docs/postgres/replication/cross-region-replicas",
  resourceTypes: [INSTANCE],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateResource: ({ type, props, provider, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "gcp")) notApplicable("data residency is not configured");
    const bad: string[] = [];
    const open: string[] = [];
    const master = peek<unknown>(props, "masterInstanceName");
    // A replica when masterInstanceName names an instance (the SDK's input is a string).
    const replica = master.state === "unknown" || (master.state === "known" && typeof master.value === "string" && master.value.trim() !== "");
    if (replica) {
      const where = gcpLocationOf(type, props, provider);
      if (where.state === "unknown") open.push(msg`the replica's region (${where.path})`);
      else if (where.state === "absent") open.push("the replica's region (set region)");
      else {
        const v = checkGcpLocation(where.value, settings);
        const members = v.members
          .filter((m) => !m.allowed)
          .map(describeRegion)
          .join(", ");
        // Whether it is a replica at all depends on a value not known yet: never a mandatory finding.
        if (!v.allowed && master.state === "unknown") open.push(msg`masterInstanceName (if set, the replica is in ${members}, from ${where.source})`);
        else if (!v.allowed) bad.push(msg`the replica is in ${members} (from ${where.source})`);
      }
    }
    const backup = peek<unknown>(props, "settings.backupConfiguration.location");
    if (backup.state === "unknown") open.push("settings.backupConfiguration.location");
    else if (backup.state === "known" && typeof backup.value === "string") {
      const v = checkGcpLocation(backup.value, settings);
      if (!v.allowed) {
        const members = v.members
          .filter((m) => !m.allowed)
          .map(describeRegion)
          .join(", ");
        bad.push(msg`settings.backupConfiguration.location "${v.location}" stores backups in ${members}`);
      }
    }
    if (bad.length) return report(msg`${bad.join("; ")}: outside the allowed locations (${describeAllowed("gcp", settings)}). Use an allowed region.`);
    if (open.length) report.unknown(msg`${open.join(", ")} ${open.length > 1 ? "are" : "is"} not known yet.`);
  },
});
