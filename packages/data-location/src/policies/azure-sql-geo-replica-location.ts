import type { PolicyResource } from "@pulumi/policy";
import { checkRegion, describeAllowed, describeRegion, isResidencyConfigured, peek, peekItems, StackIndex, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { azureLocationInStack, Where } from "../where";

const DATABASE = "azure-native:sql:Database";
const FAILOVER_GROUP = "azure-native:sql:FailoverGroup";
const SERVER = "azure-native:sql:Server";
/** Create modes that make a database a geo-secondary (a copy of another database). */
const SECONDARY_MODES = ["Secondary", "OnlineSecondary", "RestoreExternalBackupSecondary"];

/** A SQL server of the stack by resource id (`id` output) or, during preview, by property dependency. */
function serversOf(r: PolicyResource, prop: string, ids: string[], index: StackIndex): PolicyResource[] {
  const out = new Map<string, PolicyResource>();
  for (const d of r.propertyDependencies?.[prop] ?? []) {
    const s = index.get(d.urn) ?? d;
    if (s.type === SERVER) out.set(s.urn, s);
  }
  const lower = ids.map((i) => i.toLowerCase());
  for (const s of index.ofType(SERVER)) {
    const id = peek<unknown>(s.props, "id");
    if (id.state === "known" && typeof id.value === "string" && lower.includes(id.value.toLowerCase())) out.set(s.urn, s);
  }
  return [...out.values()];
}

/** The location of a SQL server or database: its own, else its resource group's. */
function locationOf(r: PolicyResource, index: StackIndex): Where | { state: "unresolved"; why: string } {
  return azureLocationInStack(r, index);
}

/**
 * Azure SQL geo-replicas must be in allowed regions: databases created as geo-secondaries
 * (`createMode` Secondary / OnlineSecondary) and the partner servers of failover groups
 * (`partnerServers[].id`, found in the stack by id or property dependency). A location is the
 * resource's own, else its resource group's.
 */
export default locationPolicy<"azure-sql-geo-replica-location", ResidencyConfig>({
  name: "azure-sql-geo-replica-location",
  description: "Azure SQL geo-replicas and failover-group partner servers must be in allowed regions.",
  remediationSteps:
    "Create the geo-secondary database, or the failover group's partner server, in a region inside allowedRegions.azure or allowedJurisdictions, or remove it.",
  url: "https://learn.microsoft.com/azure/azure-sql/database/active-geo-replication-overview",
  resourceTypes: [DATABASE, FAILOVER_GROUP],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateStack: ({ index, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "azure")) notApplicable("data residency is not configured");
    const judge = (r: PolicyResource, target: PolicyResource, what: string) => {
      const w = locationOf(target, index);
      if (w.state === "unresolved") return report.unknown(msg`${what}: its location cannot be determined (${w.why}).`, r.urn);
      if (w.state === "unknown") return report.unknown(msg`${what}: its location (${w.path}) is not known yet.`, r.urn);
      if (w.state !== "known") return;
      const v = checkRegion("azure", w.value, settings);
      if (!v.allowed) {
        report(
          msg`${what} is in ${describeRegion(v)} (from ${w.source}), outside the allowed locations (${describeAllowed("azure", settings)}). Place the replica in an allowed region or remove it.`,
          r.urn,
        );
      }
    };
    for (const db of index.ofType(DATABASE)) {
      const mode = peek<unknown>(db.props, "createMode");
      if (mode.state === "unknown") {
        report.unknown(msg`the createMode of "${db.name}" is not known yet.`, db.urn);
        continue;
      }
      if (mode.state !== "known" || !SECONDARY_MODES.includes(String(mode.value))) continue;
      // A database's location defaults to its server's: look there when it sets none.
      const own = peek<unknown>(db.props, "location");
      const servers = own.state === "absent" ? serversOf(db, "serverName", [], index) : [];
      judge(db, servers.length === 1 ? servers[0] : db, `Geo-secondary database "${db.name}"`);
    }
    for (const fg of index.ofType(FAILOVER_GROUP)) {
      const partners = peekItems<unknown>(fg.props, "partnerServers");
      const ids: string[] = [];
      let open = partners.unknown;
      for (const p of partners.known) {
        const id = peek<unknown>(p, "id");
        if (id.state === "known" && typeof id.value === "string") ids.push(id.value);
        else if (id.state === "unknown") open = true;
      }
      const servers = serversOf(fg, "partnerServers", ids, index);
      for (const s of servers) judge(fg, s, `Failover group "${fg.name}" replicates to partner server "${s.name}", which`);
      if (!servers.length && (open || ids.length)) {
        report.unknown(
          msg`the partner servers of failover group "${fg.name}" are not in this stack or not known yet: their regions cannot be checked.`,
          fg.urn,
        );
      }
    }
  },
});
