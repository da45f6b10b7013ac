/**
 * Amazon RDS and Aurora in @pulumi/aws 7: type tokens and engine classification. Property names
 * checked in node_modules/@pulumi/aws/rds/{instance,cluster,clusterInstance}.d.ts.
 *
 * - `aws:rds/instance:Instance`: a DB instance (RDS for MySQL, PostgreSQL, MariaDB, Oracle, SQL
 *   Server, Db2). Its `engine` may be omitted for read replicas (`replicateSourceDb`) and restores
 *   (`snapshotIdentifier`), which inherit it.
 * - `aws:rds/cluster:Cluster`: an Aurora cluster (`engine` `aurora-mysql`, `aurora-postgresql`)
 *   or a Multi-AZ DB cluster (`mysql`, `postgres`).
 * - `aws:rds/clusterInstance:ClusterInstance`: an instance of a cluster; storage, backups,
 *   deletion protection, IAM authentication, copy-tags and log exports are cluster settings.
 */
import { peek } from "../unknown";

/** DB instance. */
export const INSTANCE_TYPE = "aws:rds/instance:Instance";
/** Aurora or Multi-AZ DB cluster. */
export const CLUSTER_TYPE = "aws:rds/cluster:Cluster";
/** Instance of a cluster (`clusterIdentifier`). */
export const CLUSTER_INSTANCE_TYPE = "aws:rds/clusterInstance:ClusterInstance";
/** Manual DB snapshot (`sharedAccounts`: accounts allowed to restore it, `all` = public). */
export const SNAPSHOT_TYPE = "aws:rds/snapshot:Snapshot";
/** Manual DB cluster snapshot (`sharedAccounts` as for `SNAPSHOT_TYPE`). */
export const CLUSTER_SNAPSHOT_TYPE = "aws:rds/clusterSnapshot:ClusterSnapshot";

/** The engine of a resource: known value, unknown during preview, or absent. */
export type EngineInfo = { state: "known"; engine: string } | { state: "unknown" } | { state: "absent" };

/** Reads `engine` without letting an unknown value escape. */
export function engineOf(props: unknown): EngineInfo {
  const e = peek<unknown>(props, "engine");
  if (e.state === "unknown") return { state: "unknown" };
  if (e.state === "absent" || typeof e.value !== "string") return { state: "absent" };
  return { state: "known", engine: e.value.toLowerCase() };
}

/** Whether an engine name is an Aurora engine (`aurora`, `aurora-mysql`, `aurora-postgresql`). */
export function isAuroraEngine(engine: string): boolean {
  return engine.toLowerCase().startsWith("aurora");
}

/**
 * Whether an `aws:rds/instance:Instance` is (or may be) a member of an Aurora cluster, whose
 * storage, backup and protection settings belong to the cluster: "yes", "no" or "unknown".
 */
export function instanceIsAurora(props: unknown): "yes" | "no" | "unknown" {
  const e = engineOf(props);
  if (e.state === "unknown") return "unknown";
  return e.state === "known" && isAuroraEngine(e.engine) ? "yes" : "no";
}

/** Whether an instance is a read replica (`replicateSourceDb` set, even if unknown). */
export function isReadReplica(props: unknown): boolean {
  return peek(props, "replicateSourceDb").state !== "absent";
}
