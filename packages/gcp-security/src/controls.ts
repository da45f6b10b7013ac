/**
 * The reviewed compliance mapping of the gcp-security pack: policy name → controls, here CIS
 * Google Cloud Platform Foundations Benchmark v5.0.0 recommendations (`CIS("3.6")`) and CIS Google
 * Kubernetes Engine (GKE) Benchmark v1.6.0 recommendations (`CIS_GKE("5.6.3")`).
 *
 * Each id is checked by a test against the framework's full control list in ./frameworks (whose
 * `source` names where the ids and titles come from). One table, so a reviewer checks every id in
 * one place; a test fails when a policy name here matches no policy.
 */
import type { ComplianceControl } from "@rampart/policy-core";

/** A CIS Google Cloud Platform Foundations Benchmark v5.0.0 recommendation, e.g. `CIS("3.6")`. */
export const CIS = (id: string): ComplianceControl => ({ framework: "cis-gcp", version: "5.0.0", id });

/** A CIS Google Kubernetes Engine (GKE) Benchmark v1.6.0 recommendation, e.g. `CIS_GKE("5.6.3")`. */
export const CIS_GKE = (id: string): ComplianceControl => ({ framework: "cis-gke", version: "1.6.0", id });

/** Policy name → controls. */
export const CONTROLS: Readonly<Record<string, readonly ComplianceControl[]>> = {
  "gcp-apikeys-require-api-restrictions": [CIS("1.15")],
  "gcp-apikeys-require-application-restrictions": [CIS("1.14")],
  "gcp-appengine-require-https": [CIS("4.10")],
  "gcp-compute-disallow-default-network": [CIS("3.1")],
  "gcp-compute-disallow-default-service-account": [CIS("4.1")],
  "gcp-compute-disallow-default-service-account-full-access": [CIS("4.2")],
  "gcp-compute-disallow-ip-forwarding": [CIS("4.6")],
  "gcp-compute-disallow-open-rdp": [CIS("3.7")],
  "gcp-compute-disallow-open-ssh": [CIS("3.6")],
  "gcp-compute-disallow-public-ip": [CIS("4.9")],
  "gcp-compute-disallow-serial-port-access": [CIS("4.5")],
  "gcp-compute-recommend-confidential-computing": [CIS("4.11")],
  "gcp-compute-recommend-full-flow-logs": [CIS("3.10")],
  "gcp-compute-require-backend-service-logging": [CIS("2.17")],
  "gcp-compute-require-block-project-ssh-keys": [CIS("4.3")],
  "gcp-compute-require-os-login": [CIS("4.4")],
  "gcp-compute-require-proxy-ssl-policy": [CIS("3.11")],
  "gcp-compute-require-shielded-vm": [CIS("4.8")],
  "gcp-compute-require-strong-ssl-policy": [CIS("3.11")],
  "gcp-compute-require-subnet-flow-logs": [CIS("3.10"), CIS_GKE("5.6.1")],
  "gcp-dataproc-require-customer-managed-key": [CIS("8.1")],
  "gcp-iam-disallow-default-service-account-editor": [CIS("1.6")],
  "gcp-iam-disallow-personal-accounts": [CIS("1.2")],
  "gcp-iam-disallow-project-service-account-user-roles": [CIS("1.7")],
  "gcp-iam-disallow-service-account-admin-roles": [CIS("1.6")],
  "gcp-iam-disallow-user-managed-service-account-keys": [CIS("1.5")],
  "gcp-iam-require-service-account-duty-separation": [CIS("1.9")],
  "gcp-storage-disallow-public-acls": [CIS("5.1")],
  "gcp-storage-disallow-public-iam": [CIS("5.1")],
  "gcp-storage-require-log-bucket-retention-lock": [CIS("2.4")],
  "gcp-storage-require-public-access-prevention": [CIS("5.1")],
  "gcp-storage-require-uniform-bucket-level-access": [CIS("5.2")],
  // --- data, containers, serverless, logging
  "gcp-sql-require-mysql-skip-show-database": [CIS("6.1.2")],
  "gcp-sql-disallow-mysql-local-infile": [CIS("6.1.3")],
  "gcp-sql-require-postgres-log-error-verbosity": [CIS("6.2.1")],
  "gcp-sql-require-postgres-log-connections": [CIS("6.2.2")],
  "gcp-sql-require-postgres-log-disconnections": [CIS("6.2.3")],
  "gcp-sql-require-postgres-log-statement": [CIS("6.2.4")],
  "gcp-sql-require-postgres-log-min-messages": [CIS("6.2.5")],
  "gcp-sql-require-postgres-log-min-error-statement": [CIS("6.2.6")],
  "gcp-sql-disallow-postgres-log-min-duration-statement": [CIS("6.2.7")],
  "gcp-sql-require-postgres-pgaudit": [CIS("6.2.8")],
  "gcp-sql-disallow-sqlserver-external-scripts": [CIS("6.3.1")],
  "gcp-sql-disallow-sqlserver-cross-db-ownership-chaining": [CIS("6.3.2")],
  "gcp-sql-disallow-sqlserver-user-connections-limit": [CIS("6.3.3")],
  "gcp-sql-disallow-sqlserver-user-options": [CIS("6.3.4")],
  "gcp-sql-disallow-sqlserver-remote-access": [CIS("6.3.5")],
  "gcp-sql-require-sqlserver-trace-flag-3625": [CIS("6.3.6")],
  "gcp-sql-disallow-sqlserver-contained-database-authentication": [CIS("6.3.7")],
  "gcp-sql-require-user-password": [CIS("6.1.1")],
  "gcp-sql-require-ssl": [CIS("6.4")],
  "gcp-sql-disallow-public-authorized-networks": [CIS("6.5")],
  "gcp-sql-require-iam-authentication": [CIS("6.6")],
  "gcp-sql-recommend-private-ip": [CIS("6.7")],
  "gcp-sql-require-automated-backups": [CIS("6.8")],
  "gcp-sql-require-deletion-protection": [CIS("6.9")],
  "gcp-kms-disallow-public-access": [CIS("1.10")],
  "gcp-kms-require-key-rotation": [CIS("1.11")],
  "gcp-bigquery-disallow-public-dataset": [CIS("7.1")],
  "gcp-bigquery-recommend-table-cmek": [CIS("7.2")],
  "gcp-bigquery-recommend-dataset-cmek": [CIS("7.3")],
  "gcp-cloudfunctions-recommend-secret-manager": [CIS("1.18")],
  "gcp-dns-require-dnssec": [CIS("3.3")],
  "gcp-dns-disallow-rsasha1": [CIS("3.4"), CIS("3.5")],
  "gcp-dns-require-query-logging": [CIS("2.13")],
  "gcp-logging-require-data-access-audit-logs": [CIS("2.1")],
  "gcp-logging-require-sink-all-logs": [CIS("2.3")],
  "gcp-logging-recommend-change-alerts": [CIS("2.5"), CIS("2.6"), CIS("2.7"), CIS("2.8"), CIS("2.9"), CIS("2.10"), CIS("2.11"), CIS("2.12")],
  // --- CIS GKE Benchmark v1.6.0
  "gcp-gke-disallow-client-certificate": [CIS_GKE("5.8.1")],
  "gcp-gke-disallow-default-node-service-account": [CIS_GKE("5.2.1")],
  "gcp-gke-disallow-legacy-abac": [CIS_GKE("5.8.3")],
  "gcp-gke-require-gke-metadata-server": [CIS_GKE("5.4.1")],
  "gcp-gke-require-network-policy": [CIS_GKE("4.3.1")],
  "gcp-gke-require-node-auto-upgrade": [CIS_GKE("5.5.2"), CIS_GKE("5.5.3")],
  "gcp-gke-require-node-secure-boot": [CIS_GKE("5.5.7")],
  "gcp-gke-require-private-nodes": [CIS_GKE("5.6.5")],
  "gcp-gke-require-release-channel": [CIS_GKE("5.5.4")],
  "gcp-gke-require-shielded-nodes": [CIS_GKE("5.5.5")],
  "gcp-gke-require-workload-identity": [CIS_GKE("5.2.2")],
  "gcp-gke-restrict-control-plane-access": [CIS_GKE("5.6.3")],
  "gcp-gke-require-secrets-encryption": [CIS_GKE("5.3.1")],
  "gcp-gke-require-cos-node-image": [CIS_GKE("5.5.1")],
  "gcp-gke-require-node-integrity-monitoring": [CIS_GKE("5.5.6")],
  "gcp-gke-require-intranode-visibility": [CIS_GKE("5.6.1")],
  "gcp-gke-require-vpc-native": [CIS_GKE("5.6.2")],
  "gcp-gke-require-private-endpoint": [CIS_GKE("5.6.4")],
  "gcp-gke-require-logging-monitoring": [CIS_GKE("5.7.1")],
  "gcp-gke-recommend-boot-disk-cmek": [CIS_GKE("5.9.2")],
  "gcp-gke-disallow-alpha-cluster": [CIS_GKE("5.10.2")],
  "gcp-gke-require-binary-authorization": [CIS_GKE("5.10.4")],
  "gcp-gke-require-security-posture": [CIS_GKE("5.10.5")],
};

/** The controls of a policy (empty when none applies). */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return CONTROLS[policyName] ?? [];
}
