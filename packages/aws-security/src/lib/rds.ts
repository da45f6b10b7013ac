/**
 * Exemptions shared by the RDS instance policies (for `requireTrueUnless` of ./flags): which DB
 * instances a setting is judged on. Facts from `awsRds` of @rampart/policy-core: an Aurora member
 * instance takes storage, backup and deletion settings from its cluster; a read replica and an
 * instance restored from a snapshot inherit them from their source.
 */
import { awsRds, peek } from "@rampart/policy-core";
import type { Exemption } from "./flags";

/** An Aurora member instance (judged at its cluster): "unknown" while the engine is unknown. */
export function auroraMember(props: unknown): Exemption {
  return awsRds.instanceIsAurora(props);
}

/**
 * Exempt from Multi-AZ: a read replica, an Aurora member (availability comes from the cluster's
 * replicas) or SQL Server Express (no Multi-AZ support); "unknown" while the engine is unknown.
 */
export function multiAzExempt(props: unknown): Exemption {
  if (awsRds.isReadReplica(props)) return "yes";
  const engine = awsRds.engineOf(props);
  if (engine.state === "known" && (awsRds.isAuroraEngine(engine.engine) || engine.engine === "sqlserver-ex")) return "yes";
  return engine.state === "unknown" ? "unknown" : "no";
}

/**
 * Exempt from the storage encryption check: a KMS key (which implies encrypted storage), a read
 * replica or snapshot restore (encryption comes from the source), or an Aurora member.
 */
export function encryptionExempt(props: unknown): Exemption {
  if (peek(props, "kmsKeyId").state !== "absent") return "yes";
  if (awsRds.isReadReplica(props) || peek(props, "snapshotIdentifier").state !== "absent") return "yes";
  return awsRds.instanceIsAurora(props);
}
