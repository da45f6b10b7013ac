/**
 * The reviewed compliance mapping of the azure-security pack: policy name → controls.
 *
 * - `cis-azure`: CIS Microsoft Azure Foundations Benchmark v6.0.0 recommendations (`CIS("7.3")`).
 * - `mcsb`: Microsoft cloud security benchmark v1 controls (`MCSB("NS-2")`).
 *
 * Each id is checked by a test against the framework's full control list in ./frameworks (whose
 * `source` names where the ids and titles come from). One table, so a reviewer checks every id in
 * one place; a test fails when a policy name here matches no policy.
 */
import type { ComplianceControl } from "@rampart/policy-core";

/** A CIS Microsoft Azure Foundations Benchmark v6.0.0 recommendation, e.g. `CIS("7.3")`. */
export const CIS = (id: string): ComplianceControl => ({ framework: "cis-azure", version: "6.0.0", id });

/**
 * The page of each Microsoft cloud security benchmark domain, by control id prefix
 * (https://learn.microsoft.com/en-us/security/benchmark/azure/overview).
 */
const MCSB_PAGES: Readonly<Record<string, string>> = {
  NS: "mcsb-network-security",
  IM: "mcsb-identity-management",
  PA: "mcsb-privileged-access",
  DP: "mcsb-data-protection",
  AM: "mcsb-asset-management",
  LT: "mcsb-logging-threat-detection",
  IR: "mcsb-incident-response",
  PV: "mcsb-posture-vulnerability-management",
  ES: "mcsb-endpoint-security",
  BR: "mcsb-backup-recovery",
  DS: "mcsb-devops-security",
  GS: "mcsb-governance-strategy",
};

/**
 * A Microsoft cloud security benchmark v1 control, linked to its domain's page:
 * `MCSB("NS-2")` → `https://learn.microsoft.com/en-us/security/benchmark/azure/mcsb-network-security`.
 * @throws Error when `id` is not `<domain>-<n>` of one of the twelve domains.
 */
export function MCSB(id: string): ComplianceControl {
  const m = /^([A-Z]{2})-(\d+)$/.exec(id);
  const page = m ? MCSB_PAGES[m[1]] : undefined;
  if (!page) throw new Error(`"${id}" is not a Microsoft cloud security benchmark control id like NS-2`);
  return { framework: "mcsb", version: "1.0", id, reference: `https://learn.microsoft.com/en-us/security/benchmark/azure/${page}` };
}

/** Policy name → controls (CIS first, then MCSB). */
export const CONTROLS: Readonly<Record<string, readonly ComplianceControl[]>> = {
  "azure-storage-require-https-only": [CIS("9.3.4"), MCSB("DP-3")],
  // Storage (CIS 9)
  "azure-storage-require-tls12": [CIS("9.3.6"), MCSB("DP-3")],
  "azure-storage-disallow-blob-public-access": [CIS("9.3.8"), MCSB("NS-2")],
  "azure-storage-container-disallow-public-access": [CIS("9.3.8"), MCSB("NS-2")],
  "azure-storage-disable-shared-key-access": [CIS("9.3.1.3"), MCSB("IM-1")],
  "azure-storage-require-key-expiration-policy": [CIS("9.3.1.1"), MCSB("IM-8")],
  "azure-storage-require-network-default-deny": [CIS("9.3.2.3"), MCSB("NS-2")],
  "azure-storage-disable-public-network-access": [CIS("9.3.2.2"), MCSB("NS-2")],
  "azure-storage-allow-trusted-azure-services": [CIS("9.3.5"), MCSB("NS-2")],
  "azure-storage-default-to-entra-authorization": [CIS("9.3.3.1"), MCSB("IM-1")],
  "azure-storage-disable-cross-tenant-replication": [CIS("9.3.7")],
  "azure-storage-require-infrastructure-encryption": [MCSB("DP-4")],
  "azure-storage-require-customer-managed-key": [MCSB("DP-5")],
  "azure-storage-require-blob-soft-delete": [CIS("9.2.1"), MCSB("BR-1")],
  "azure-storage-require-container-soft-delete": [CIS("9.2.2"), MCSB("BR-1")],
  "azure-storage-require-blob-versioning": [CIS("9.2.3"), MCSB("BR-1")],
  "azure-storage-require-file-share-soft-delete": [CIS("9.1.1"), MCSB("BR-1")],
  "azure-storage-require-smb-3-1-1": [CIS("9.1.2"), MCSB("DP-3")],
  "azure-storage-require-smb-aes-256-gcm": [CIS("9.1.3"), MCSB("DP-3")],
  "azure-storage-require-private-endpoint": [CIS("9.3.2.1"), MCSB("NS-2")],
  // Key Vault (CIS 8.3)
  "azure-keyvault-require-soft-delete": [MCSB("DP-8")],
  "azure-keyvault-require-purge-protection": [CIS("8.3.5"), MCSB("DP-8")],
  "azure-keyvault-require-rbac-authorization": [CIS("8.3.6"), MCSB("PA-7")],
  "azure-keyvault-require-network-default-deny": [MCSB("NS-2")],
  "azure-keyvault-disable-public-network-access": [CIS("8.3.7"), MCSB("NS-2")],
  "azure-keyvault-require-private-endpoint": [CIS("8.3.8"), MCSB("NS-2")],
  "azure-keyvault-key-require-expiration": [CIS("8.3.1"), CIS("8.3.2"), MCSB("DP-6")],
  "azure-keyvault-secret-require-expiration": [CIS("8.3.3"), CIS("8.3.4"), MCSB("IM-8")],
  "azure-keyvault-key-require-rotation-policy": [CIS("8.3.9"), MCSB("DP-6")],
  // Networking (CIS 7)
  "azure-network-nsg-restrict-rdp-from-internet": [CIS("7.1"), MCSB("NS-1")],
  "azure-network-nsg-restrict-ssh-from-internet": [CIS("7.2"), MCSB("NS-1")],
  "azure-network-nsg-restrict-udp-from-internet": [CIS("7.3"), MCSB("NS-1")],
  "azure-network-nsg-restrict-http-from-internet": [CIS("7.4"), MCSB("NS-1")],
  "azure-network-nsg-restrict-all-ports-from-internet": [MCSB("NS-1")],
  "azure-network-flow-log-retention-90-days": [CIS("7.5"), CIS("7.8"), MCSB("LT-6")],
  "azure-network-flow-log-send-to-log-analytics": [CIS("6.1.1.5"), CIS("6.1.1.6"), MCSB("LT-4")],
  "azure-network-subnet-require-nsg": [CIS("7.11"), MCSB("NS-1")],
  // Azure SQL (CIS v6.0.0 moved database services to a separate benchmark: MCSB only)
  "azure-sql-disable-public-network-access": [MCSB("NS-2")],
  "azure-sql-firewall-disallow-internet": [MCSB("NS-2")],
  "azure-sql-firewall-disallow-azure-services": [MCSB("NS-2")],
  "azure-sql-require-tls12": [MCSB("DP-3")],
  "azure-sql-require-entra-admin": [MCSB("IM-1")],
  "azure-sql-require-entra-only-auth": [MCSB("IM-1")],
  "azure-sql-require-tde": [MCSB("DP-4")],
  "azure-sql-tde-require-customer-managed-key": [MCSB("DP-5")],
  "azure-sql-require-auditing": [MCSB("LT-3")],
  "azure-sql-audit-retention-90-days": [MCSB("LT-6")],
  "azure-sql-require-threat-protection": [MCSB("LT-1")],
  "azure-sql-require-vulnerability-assessment": [MCSB("PV-5")],
  // PostgreSQL and MySQL flexible servers (MCSB only, as for SQL)
  "azure-postgresql-disable-public-network-access": [MCSB("NS-2")],
  "azure-postgresql-firewall-disallow-internet": [MCSB("NS-2")],
  "azure-postgresql-firewall-disallow-azure-services": [MCSB("NS-2")],
  "azure-postgresql-require-secure-transport": [MCSB("DP-3")],
  "azure-postgresql-require-tls12": [MCSB("DP-3")],
  "azure-postgresql-require-log-checkpoints": [MCSB("LT-3")],
  "azure-postgresql-require-connection-throttling": [MCSB("LT-3")],
  "azure-postgresql-log-retention-over-3-days": [MCSB("LT-6")],
  "azure-mysql-disable-public-network-access": [MCSB("NS-2")],
  "azure-mysql-firewall-disallow-internet": [MCSB("NS-2")],
  "azure-mysql-firewall-disallow-azure-services": [MCSB("NS-2")],
  "azure-mysql-require-secure-transport": [MCSB("DP-3")],
  "azure-mysql-require-tls12": [MCSB("DP-3")],
  "azure-mysql-require-audit-log": [MCSB("LT-3")],
  "azure-mysql-audit-log-connection-events": [MCSB("LT-3")],
  // --- compute, containers, web, data, monitoring
  // CIS Microsoft Azure Foundations Benchmark v6.0.0 has no recommendations for VMs (beyond 3.1.1, MFA), AKS, App Service,
  // Cosmos DB, Container Registry, Redis, Event Hubs or Service Bus (they moved to the CIS Azure Compute/Database Services
  // benchmarks), so those policies map to MCSB only.
  "azure-compute-disallow-linux-password-auth": [MCSB("IM-6"), MCSB("PV-3")],
  "azure-compute-require-encryption-at-host": [MCSB("DP-4")],
  "azure-compute-require-managed-disks": [MCSB("PV-3")],
  "azure-compute-require-secure-boot-vtpm": [MCSB("PV-3")],
  "azure-compute-disk-restrict-network-access": [MCSB("NS-2")],
  "azure-compute-disk-recommend-customer-managed-key": [MCSB("DP-5")],
  "azure-aks-require-rbac": [MCSB("PA-7")],
  "azure-aks-require-entra-id-integration": [MCSB("IM-1")],
  "azure-aks-disable-local-accounts": [MCSB("IM-1"), MCSB("PA-7")],
  "azure-aks-require-network-policy": [MCSB("NS-1")],
  "azure-aks-restrict-api-server-access": [MCSB("NS-2"), MCSB("PA-7")],
  "azure-aks-require-defender": [MCSB("LT-1")],
  "azure-aks-require-azure-policy-addon": [MCSB("PV-2")],
  "azure-appservice-require-https-only": [MCSB("DP-3")],
  "azure-appservice-require-tls12": [MCSB("DP-3")],
  "azure-appservice-require-ftps-only": [MCSB("DP-3")],
  "azure-appservice-disable-remote-debugging": [MCSB("PV-2")],
  "azure-appservice-require-managed-identity": [MCSB("IM-3")],
  "azure-appservice-disable-basic-auth-publishing": [MCSB("IM-1")],
  "azure-cosmosdb-restrict-network-access": [MCSB("NS-2")],
  "azure-cosmosdb-disable-local-auth": [MCSB("IM-1")],
  "azure-cosmosdb-disable-key-based-metadata-write": [MCSB("PA-7")],
  "azure-cosmosdb-require-tls12": [MCSB("DP-3")],
  "azure-cosmosdb-recommend-customer-managed-key": [MCSB("DP-5")],
  "azure-containerregistry-disable-admin-user": [MCSB("IM-1"), MCSB("PA-7")],
  "azure-containerregistry-disallow-anonymous-pull": [MCSB("PA-7")],
  "azure-containerregistry-restrict-network-access": [MCSB("NS-2")],
  "azure-redis-disable-non-ssl-port": [MCSB("DP-3")],
  "azure-redis-require-tls12": [MCSB("DP-3")],
  "azure-redis-restrict-public-network-access": [MCSB("NS-2")],
  "azure-redis-disable-access-key-auth": [MCSB("IM-1")],
  "azure-eventhub-disable-local-auth": [MCSB("IM-1")],
  "azure-eventhub-require-tls12": [MCSB("DP-3")],
  "azure-eventhub-restrict-network-access": [MCSB("NS-2")],
  "azure-servicebus-disable-local-auth": [MCSB("IM-1")],
  "azure-servicebus-require-tls12": [MCSB("DP-3")],
  "azure-servicebus-restrict-network-access": [MCSB("NS-2")],
  "azure-defender-require-cspm-plan": [CIS("8.1.1.1"), MCSB("PV-1")],
  "azure-defender-require-apis-plan": [CIS("8.1.2.1"), MCSB("LT-1")],
  "azure-defender-require-servers-plan": [CIS("8.1.3.1"), MCSB("LT-1"), MCSB("ES-1")],
  "azure-defender-require-containers-plan": [CIS("8.1.4.1"), MCSB("LT-1")],
  "azure-defender-require-storage-plan": [CIS("8.1.5.1"), MCSB("LT-1")],
  "azure-defender-require-app-service-plan": [CIS("8.1.6.1"), MCSB("LT-1")],
  "azure-defender-require-cosmosdb-plan": [CIS("8.1.7.1"), MCSB("LT-1")],
  "azure-defender-require-open-source-databases-plan": [CIS("8.1.7.2"), MCSB("LT-1")],
  "azure-defender-require-sql-databases-plan": [CIS("8.1.7.3"), MCSB("LT-1")],
  "azure-defender-require-sql-servers-on-machines-plan": [CIS("8.1.7.4"), MCSB("LT-1")],
  "azure-defender-require-key-vault-plan": [CIS("8.1.8.1"), MCSB("LT-1")],
  "azure-defender-require-resource-manager-plan": [CIS("8.1.9.1"), MCSB("LT-1")],
  "azure-defender-require-security-contact-email": [CIS("8.1.13"), MCSB("IR-2")],
  "azure-defender-require-owner-notifications": [CIS("8.1.12"), MCSB("IR-2")],
  "azure-defender-require-alert-notifications": [CIS("8.1.14"), CIS("8.1.15"), MCSB("IR-2")],
  "azure-monitor-require-activity-log-categories": [CIS("6.1.1.1"), CIS("6.1.1.2"), MCSB("LT-3")],
  "azure-monitor-require-key-vault-diagnostic-logs": [CIS("6.1.1.4"), MCSB("LT-3")],
  "azure-monitor-require-activity-log-alerts": [
    CIS("6.1.2.1"),
    CIS("6.1.2.2"),
    CIS("6.1.2.3"),
    CIS("6.1.2.4"),
    CIS("6.1.2.5"),
    CIS("6.1.2.6"),
    CIS("6.1.2.7"),
    CIS("6.1.2.8"),
    CIS("6.1.2.9"),
    CIS("6.1.2.10"),
    CIS("6.1.2.11"),
    MCSB("LT-3"),
  ],
  // --- CIS v6.0.0 coverage: application gateway, databricks, locks, ...
  "azure-appgateway-require-waf": [CIS("7.10"), MCSB("NS-6")],
  "azure-appgateway-require-tls12": [CIS("7.12"), MCSB("DP-3")],
  "azure-appgateway-require-http2": [CIS("7.13")],
  "azure-appgateway-waf-require-request-body-inspection": [CIS("7.14"), MCSB("NS-6")],
  "azure-appgateway-waf-require-bot-protection": [CIS("7.15"), MCSB("NS-6")],
  "azure-databricks-require-vnet-injection": [CIS("2.1.1"), MCSB("NS-1")],
  "azure-databricks-require-customer-managed-key": [CIS("2.1.8"), MCSB("DP-5")],
  "azure-databricks-require-no-public-ip": [CIS("2.1.9"), MCSB("NS-2")],
  "azure-databricks-disable-public-network-access": [CIS("2.1.10"), MCSB("NS-2")],
  "azure-databricks-require-private-endpoint": [CIS("2.1.11"), MCSB("NS-2")],
  "azure-authorization-disallow-custom-subscription-admin-role": [CIS("5.4"), MCSB("PA-7")],
  "azure-network-vnet-recommend-ddos-protection": [CIS("8.5"), MCSB("NS-5")],
  "azure-storage-recommend-geo-redundancy": [CIS("9.3.11"), MCSB("BR-1")],
  "azure-network-vpn-gateway-require-entra-auth": [CIS("7.9"), MCSB("IM-1")],
  "azure-storage-recommend-delete-lock": [CIS("9.3.9")],
  "azure-defender-servers-require-agentless-scanning": [CIS("8.1.3.4"), MCSB("PV-5")],
  "azure-defender-servers-require-file-integrity-monitoring": [CIS("8.1.3.5"), MCSB("LT-1")],
  "azure-defender-require-iot-hub-security-solution": [CIS("8.2.1"), MCSB("LT-1")],
};

/** The controls of a policy (empty when none applies). */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return CONTROLS[policyName] ?? [];
}
