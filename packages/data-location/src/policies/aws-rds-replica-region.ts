import { awsRegionOfArn, checkRegion, describeAllowed, describeRegion, isResidencyConfigured, peek, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { awsRegionOf } from "../where";

const INSTANCE = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";
const BACKUP_REPLICATION = "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication";

/** The property that makes a resource a copy of another database, per type. */
const SOURCE: Record<string, string> = {
  [INSTANCE]: "replicateSourceDb",
  [CLUSTER]: "replicationSourceIdentifier",
  [BACKUP_REPLICATION]: "sourceDbInstanceArn",
};

/**
 * RDS read replicas (`replicateSourceDb`), Aurora cross-region replica clusters
 * (`replicationSourceIdentifier`) and automated backup replication
 * (InstanceAutomatedBackupsReplication) copy a database into the region they are created in: the
 * resource's own `region`, else its provider's. That region must be allowed.
 */
export default locationPolicy<"aws-rds-replica-region", ResidencyConfig>({
  name: "aws-rds-replica-region",
  description: "RDS read replicas, Aurora replica clusters and replicated automated backups must be in allowed regions.",
  remediationSteps:
    "Create the replica or the automated-backups replication with a provider (or `region`) in a region inside allowedRegions.aws or allowedJurisdictions, or remove it.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html",
  resourceTypes: [INSTANCE, CLUSTER, BACKUP_REPLICATION],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateResource: ({ type, props, provider, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "aws")) notApplicable("data residency is not configured");
    const sourceKey = SOURCE[type];
    const src = peek<unknown>(props, sourceKey);
    // Not a replica: no source, or an empty one (the SDK's inputs are strings).
    if (src.state === "absent" || (src.state === "known" && (typeof src.value !== "string" || src.value.trim() === ""))) return;
    const where = awsRegionOf(type, props, provider);
    if (where.state === "unknown") return report.unknown(msg`the replica's region (${where.path}) is not known yet.`);
    if (where.state === "absent") return report.advisory("the replica's region cannot be determined: set region on the provider or the resource.");
    const v = checkRegion("aws", where.value, settings);
    if (v.allowed) return;
    // Whether it is a replica at all depends on a value not known yet: say so, never a mandatory finding.
    if (src.state === "unknown") {
      return report.unknown(
        msg`${sourceKey} is not known yet; if it names a source database, this resource copies it to region ${describeRegion(v)} (from ${where.source}), outside the allowed locations (${describeAllowed("aws", settings)}).`,
      );
    }
    const srcRegion = awsRegionOfArn(src.value as string);
    const kind =
      type === BACKUP_REPLICATION
        ? "Automated backups are replicated"
        : type === CLUSTER
          ? "This replica cluster copies its source"
          : "This read replica copies its source";
    report(
      msg`${kind}${srcRegion ? ` from ${srcRegion}` : ""} to region ${describeRegion(v)} (from ${where.source}), outside the allowed locations (${describeAllowed("aws", settings)}). ` +
        "Create it in an allowed region or remove it.",
    );
  },
});
