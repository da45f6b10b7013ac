#!/usr/bin/env python3
"""Writes the example stack exports (deployment version 3) of a small Azure application on
azure-native 3: azure-compliant/stack.json and azure-insecure/stack.json. Run from this folder; the
JSON files are committed, this script documents how they were made and keeps the two in step.
`rampart check azure-insecure/stack.json --pack azure-security` exits 1 with violations, the
compliant one exits 0."""
from stack_export import Stack, enc, write_pair

S = Stack("prod", "orders", "azure-native", "3.28.0", "7c0d1e2f-3a4b-4c5d-8e6f-90a1b2c3d4e5", created="2026-11-20T10:02:11.318Z")
res = S.res
SUB = "/subscriptions/8f2b1c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d"
RG = "rg-orders-prod"
LOC = "westeurope"
TENANT = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"

def arm(provider, kind, name, *rest): return "/".join([f"{SUB}/resourceGroups/{RG}/providers/{provider}/{kind}/{name}", *rest])

TAGS = {"app": "orders", "cost-center": "cc-2071", "owner": "platform-team"}

def build(secure):
    R = []
    R.append(S.stack_record({"endpoint": "https://orders.example.com"}, "2026-11-20T10:01:02.004Z"))
    R.append(S.provider_record({"location": LOC, "version": "3.28.0"}, "2026-11-20T10:01:03.441Z"))
    tags = TAGS
    RGR = ("azure-native:resources:ResourceGroup", "rg")
    R.append(res(*RGR, f"{SUB}/resourceGroups/{RG}", {"resourceGroupName": RG, "location": LOC, "tags": tags}, {"name": RG}))
    rg = {"resourceGroupName": RG}
    on_rg = {"resourceGroupName": [RGR]}

    # Network: virtual network, NSG, subnets, flow log
    NSG = ("azure-native:network:NetworkSecurityGroup", "app")
    nsg_id = arm("Microsoft.Network", "networkSecurityGroups", "nsg-orders-app")
    rule = lambda name, prio, port, src, proto="Tcp": {"name": name, "priority": prio, "direction": "Inbound", "access": "Allow", "protocol": proto,
                                                        "sourcePortRange": "*", "sourceAddressPrefix": src, "destinationAddressPrefix": "*", "destinationPortRange": port}
    rules = [rule("https-from-front-door", 100, "443", "AzureFrontDoor.Backend")]
    if secure:
        rules.append(rule("ssh-from-bastion", 110, "22", "10.40.2.0/26"))
    else:
        rules += [rule("ssh-from-anywhere", 110, "22", "*"), rule("rdp-from-internet", 120, "3389", "Internet")]
    R.append(res(*NSG, nsg_id, {**rg, "networkSecurityGroupName": "nsg-orders-app", "location": LOC, "securityRules": rules, "tags": tags},
                 {"name": "nsg-orders-app"}, deps=[RGR], pdeps=on_rg))
    if not secure:
        R.append(res("azure-native:network:SecurityRule", "debug-any", f"{nsg_id}/securityRules/debug-any",
                     {**rg, "networkSecurityGroupName": "nsg-orders-app", "securityRuleName": "debug-any", "priority": 200, "direction": "Inbound",
                      "access": "Allow", "protocol": "*", "sourcePortRange": "*", "sourceAddressPrefix": "0.0.0.0/0", "destinationAddressPrefix": "*",
                      "destinationPortRange": "*"}, {"name": "debug-any"}, deps=[NSG], pdeps={"networkSecurityGroupName": [NSG]}))
    VNET = ("azure-native:network:VirtualNetwork", "main")
    ddos = {}
    if secure:
        DDOS = ("azure-native:network:DdosProtectionPlan", "ddos")
        ddos_id = arm("Microsoft.Network", "ddosProtectionPlans", "ddos-orders")
        R.append(res(*DDOS, ddos_id, {**rg, "ddosProtectionPlanName": "ddos-orders", "location": LOC, "tags": tags}, {"name": "ddos-orders"}, deps=[RGR], pdeps=on_rg))
        ddos = {"enableDdosProtection": True, "ddosProtectionPlan": {"id": ddos_id}}
        # A delete lock on the resource group protects the storage account (CIS 9.3.9).
        R.append(res("azure-native:authorization:ManagementLockAtResourceGroupLevel", "rg-delete-lock",
                     f"{SUB}/resourceGroups/{RG}/providers/Microsoft.Authorization/locks/rg-delete-lock",
                     {"resourceGroupName": RG, "lockName": "rg-delete-lock", "level": "CanNotDelete", "notes": "Production data"},
                     {"name": "rg-delete-lock"}, deps=[RGR], pdeps=on_rg))
    R.append(res(*VNET, arm("Microsoft.Network", "virtualNetworks", "vnet-orders"),
                 {**rg, "virtualNetworkName": "vnet-orders", "location": LOC, "addressSpace": {"addressPrefixes": ["10.40.0.0/16"]}, "tags": tags, **ddos},
                 {"name": "vnet-orders"}, deps=[RGR, DDOS] if secure else [RGR], pdeps=on_rg))
    APP_SUBNET = ("azure-native:network:Subnet", "app")
    R.append(res(*APP_SUBNET, arm("Microsoft.Network", "virtualNetworks", "vnet-orders", "subnets", "app"),
                 {**rg, "virtualNetworkName": "vnet-orders", "subnetName": "app", "addressPrefix": "10.40.1.0/24",
                  **({"networkSecurityGroup": {"id": nsg_id}} if secure else {})}, {"name": "app"},
                 deps=[VNET, NSG] if secure else [VNET], pdeps={"virtualNetworkName": [VNET], **({"networkSecurityGroup": [NSG]} if secure else {})}))
    DB_SUBNET = ("azure-native:network:Subnet", "db")
    db_subnet_id = arm("Microsoft.Network", "virtualNetworks", "vnet-orders", "subnets", "db")
    R.append(res(*DB_SUBNET, db_subnet_id,
                 {**rg, "virtualNetworkName": "vnet-orders", "subnetName": "db", "addressPrefix": "10.40.3.0/24", "networkSecurityGroup": {"id": nsg_id},
                  "delegations": [{"name": "pg", "serviceName": "Microsoft.DBforPostgreSQL/flexibleServers"}]}, {"name": "db"},
                 deps=[VNET, NSG], pdeps={"virtualNetworkName": [VNET], "networkSecurityGroup": [NSG]}))
    PE_SUBNET = ("azure-native:network:Subnet", "endpoints")
    pe_subnet_id = arm("Microsoft.Network", "virtualNetworks", "vnet-orders", "subnets", "endpoints")
    R.append(res(*PE_SUBNET, pe_subnet_id,
                 {**rg, "virtualNetworkName": "vnet-orders", "subnetName": "endpoints", "addressPrefix": "10.40.4.0/24", "networkSecurityGroup": {"id": nsg_id}},
                 {"name": "endpoints"}, deps=[VNET, NSG], pdeps={"virtualNetworkName": [VNET], "networkSecurityGroup": [NSG]}))

    # Storage account, its blob and file services, a container
    SA = ("azure-native:storage:StorageAccount", "data")
    sa_name = "stordersdata01"
    sa_id = arm("Microsoft.Storage", "storageAccounts", sa_name)
    sa_in = {**rg, "accountName": sa_name, "location": LOC, "kind": "StorageV2", "sku": {"name": "Standard_GZRS" if secure else "Standard_LRS"}, "tags": tags}
    if secure:
        sa_in.update({"enableHttpsTrafficOnly": True, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": False, "allowSharedKeyAccess": False,
                      "allowCrossTenantReplication": False, "defaultToOAuthAuthentication": True, "publicNetworkAccess": "Disabled",
                      "networkRuleSet": {"defaultAction": "Deny", "bypass": "AzureServices"}, "keyPolicy": {"keyExpirationPeriodInDays": 90},
                      "identity": {"type": "UserAssigned", "userAssignedIdentities": {arm("Microsoft.ManagedIdentity", "userAssignedIdentities", "id-orders-storage"): {}}},
                      "encryption": {"keySource": "Microsoft.Keyvault", "requireInfrastructureEncryption": True,
                                     "keyVaultProperties": {"keyName": "storage-cmk", "keyVaultUri": "https://kv-orders-prod.vault.azure.net/"},
                                     "encryptionIdentity": {"encryptionUserAssignedIdentity": arm("Microsoft.ManagedIdentity", "userAssignedIdentities", "id-orders-storage")},
                                     "services": {"blob": {"enabled": True, "keyType": "Account"}, "file": {"enabled": True, "keyType": "Account"}}}})
    else:
        sa_in.update({"enableHttpsTrafficOnly": False, "minimumTlsVersion": "TLS1_0", "allowBlobPublicAccess": True, "allowCrossTenantReplication": True,
                      "networkRuleSet": {"defaultAction": "Allow", "bypass": "AzureServices"},
                      "encryption": {"keySource": "Microsoft.Storage", "services": {"blob": {"enabled": True}, "file": {"enabled": True}}}})
    R.append(res(*SA, sa_id, sa_in, {"name": sa_name, "primaryEndpoints": {"blob": f"https://{sa_name}.blob.core.windows.net/"}}, deps=[RGR], pdeps=on_rg))
    on_sa = {"accountName": [SA], "resourceGroupName": [RGR]}
    R.append(res("azure-native:storage:BlobServiceProperties", "data-blob", f"{sa_id}/blobServices/default",
                 {**rg, "accountName": sa_name, "blobServicesName": "default",
                  "deleteRetentionPolicy": {"enabled": secure, **({"days": 14} if secure else {})},
                  "containerDeleteRetentionPolicy": {"enabled": secure, **({"days": 14} if secure else {})},
                  "isVersioningEnabled": secure}, {"name": "default"}, deps=[SA], pdeps=on_sa))
    R.append(res("azure-native:storage:FileServiceProperties", "data-file", f"{sa_id}/fileServices/default",
                 {**rg, "accountName": sa_name, "fileServicesName": "default",
                  "shareDeleteRetentionPolicy": {"enabled": secure, **({"days": 14} if secure else {})},
                  "protocolSettings": {"smb": {"versions": "SMB3.1.1" if secure else "SMB2.1;SMB3.0;SMB3.1.1",
                                               "channelEncryption": "AES-256-GCM" if secure else "AES-128-CCM;AES-128-GCM;AES-256-GCM"}}},
                 {"name": "default"}, deps=[SA], pdeps=on_sa))
    R.append(res("azure-native:storage:BlobContainer", "invoices", f"{sa_id}/blobServices/default/containers/invoices",
                 {**rg, "accountName": sa_name, "containerName": "invoices", "publicAccess": "None" if secure else "Blob"}, {"name": "invoices"},
                 deps=[SA], pdeps=on_sa))

    # Key Vault, a key and a secret
    KV = ("azure-native:keyvault:Vault", "vault")
    kv_id = arm("Microsoft.KeyVault", "vaults", "kv-orders-prod")
    kv_props = {"tenantId": TENANT, "sku": {"family": "A", "name": "standard"}, "enableSoftDelete": True, "softDeleteRetentionInDays": 90}
    if secure:
        kv_props.update({"enablePurgeProtection": True, "enableRbacAuthorization": True, "publicNetworkAccess": "Disabled",
                         "networkAcls": {"defaultAction": "Deny", "bypass": "AzureServices"}})
    else:
        kv_props.update({"enableRbacAuthorization": False, "networkAcls": {"defaultAction": "Allow"},
                         "accessPolicies": [{"tenantId": TENANT, "objectId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "permissions": {"keys": ["all"], "secrets": ["all"]}}]})
    R.append(res(*KV, kv_id, {**rg, "vaultName": "kv-orders-prod", "location": LOC, "properties": kv_props, "tags": tags},
                 {"name": "kv-orders-prod", "properties": {**kv_props, "vaultUri": "https://kv-orders-prod.vault.azure.net/"}}, deps=[RGR], pdeps=on_rg))
    on_kv = {"vaultName": [KV], "resourceGroupName": [RGR]}
    key_props = {"kty": "RSA", "keySize": 3072, "keyOps": ["wrapKey", "unwrapKey"]}
    if secure:
        key_props.update({"attributes": {"enabled": True, "expires": 1830297600},
                          "rotationPolicy": {"attributes": {"expiryTime": "P1Y"}, "lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}})
    R.append(res("azure-native:keyvault:Key", "storage-cmk", f"{kv_id}/keys/storage-cmk", {**rg, "vaultName": "kv-orders-prod", "keyName": "storage-cmk", "properties": key_props},
                 {"name": "storage-cmk"}, deps=[KV], pdeps=on_kv))
    sec_props = {"value": enc("v1:Tk9ULUFOLVJFQUwtS0VZ:b3JkZXJzLWFwaS1rZXk="), "contentType": "text/plain"}
    if secure:
        sec_props["attributes"] = {"enabled": True, "expires": 1798761600}
    R.append(res("azure-native:keyvault:Secret", "api-key", f"{kv_id}/secrets/api-key", {**rg, "vaultName": "kv-orders-prod", "secretName": "api-key", "properties": sec_props},
                 {"name": "api-key"}, deps=[KV], pdeps=on_kv))

    # The vault's audit logs to the Log Analytics workspace (compliant stack only)
    if secure:
        R.append(res("azure-native:monitor:DiagnosticSetting", "vault-audit", f"{kv_id}/providers/Microsoft.Insights/diagnosticSettings/vault-audit",
                     {"name": "vault-audit", "resourceUri": kv_id, "workspaceId": arm("Microsoft.OperationalInsights", "workspaces", "log-orders-prod"),
                      "logs": [{"categoryGroup": "audit", "enabled": True}, {"categoryGroup": "allLogs", "enabled": True}]},
                     {"name": "vault-audit"}, deps=[KV], pdeps={"resourceUri": [KV]}))

    # Private endpoints for the storage account and the vault (compliant stack only)
    if secure:
        for n, target, tid, group in (("data-blob-pe", SA, sa_id, "blob"), ("vault-pe", KV, kv_id, "vault")):
            R.append(res("azure-native:network:PrivateEndpoint", n, arm("Microsoft.Network", "privateEndpoints", f"pe-{n}"),
                         {**rg, "privateEndpointName": f"pe-{n}", "location": LOC, "subnet": {"id": pe_subnet_id},
                          "privateLinkServiceConnections": [{"name": group, "privateLinkServiceId": tid, "groupIds": [group]}]},
                         {"name": f"pe-{n}"}, deps=[target, PE_SUBNET], pdeps={"privateLinkServiceConnections": [target], "subnet": [PE_SUBNET]}))

    # NSG flow log
    R.append(res("azure-native:network:FlowLog", "app-nsg", f"{SUB}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_{LOC}/flowLogs/fl-orders-app",
                 {"resourceGroupName": "NetworkWatcherRG", "networkWatcherName": f"NetworkWatcher_{LOC}", "flowLogName": "fl-orders-app", "location": LOC,
                  "targetResourceId": nsg_id, "storageId": sa_id, "enabled": True, "format": {"type": "JSON", "version": 2},
                  "retentionPolicy": {"enabled": True, "days": 90 if secure else 7},
                  **({"flowAnalyticsConfiguration": {"networkWatcherFlowAnalyticsConfiguration": {
                      "enabled": True, "trafficAnalyticsInterval": 10, "workspaceRegion": LOC, "workspaceId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                      "workspaceResourceId": arm("Microsoft.OperationalInsights", "workspaces", "log-orders-prod")}}} if secure else {})},
                 {"name": "fl-orders-app"}, deps=[NSG, SA],
                 pdeps={"targetResourceId": [NSG], "storageId": [SA]}))

    # Azure SQL server, database and their settings
    SQL = ("azure-native:sql:Server", "sql")
    sql_id = arm("Microsoft.Sql", "servers", "sql-orders-prod")
    sql_in = {**rg, "serverName": "sql-orders-prod", "location": LOC, "version": "12.0", "tags": tags}
    if secure:
        sql_in.update({"publicNetworkAccess": "Disabled", "minimalTlsVersion": "1.2",
                       "administrators": {"administratorType": "ActiveDirectory", "login": "sql-admins", "sid": "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
                                          "tenantId": TENANT, "principalType": "Group", "azureADOnlyAuthentication": True}})
    else:
        sql_in.update({"publicNetworkAccess": "Enabled", "minimalTlsVersion": "1.0", "administratorLogin": "sqladmin",
                       "administratorLoginPassword": enc("v1:Tk9ULUFOLVJFQUwtS0VZ:c3FsLWFkbWluLXBhc3N3b3Jk")})
    R.append(res(*SQL, sql_id, sql_in, {"name": "sql-orders-prod", "fullyQualifiedDomainName": "sql-orders-prod.database.windows.net"}, deps=[RGR], pdeps=on_rg))
    on_sql = {"serverName": [SQL], "resourceGroupName": [RGR]}
    DB = ("azure-native:sql:Database", "orders")
    R.append(res(*DB, f"{sql_id}/databases/orders", {**rg, "serverName": "sql-orders-prod", "databaseName": "orders", "location": LOC,
                                                      "sku": {"name": "GP_S_Gen5", "tier": "GeneralPurpose", "family": "Gen5", "capacity": 2}},
                 {"name": "orders"}, deps=[SQL], pdeps=on_sql))
    R.append(res("azure-native:sql:TransparentDataEncryption", "orders-tde", f"{sql_id}/databases/orders/transparentDataEncryption/current",
                 {**rg, "serverName": "sql-orders-prod", "databaseName": "orders", "tdeName": "current", "state": "Enabled" if secure else "Disabled"},
                 {"name": "current"}, deps=[DB], pdeps={**on_sql, "databaseName": [DB]}))
    audit = {**rg, "serverName": "sql-orders-prod", "blobAuditingPolicyName": "default", "state": "Enabled" if secure else "Disabled"}
    if secure:
        audit["isAzureMonitorTargetEnabled"] = True
    R.append(res("azure-native:sql:ServerBlobAuditingPolicy", "sql-audit", f"{sql_id}/auditingSettings/default", audit, {"name": "default"}, deps=[SQL], pdeps=on_sql))
    R.append(res("azure-native:sql:ServerSecurityAlertPolicy", "sql-alerts", f"{sql_id}/securityAlertPolicies/Default",
                 {**rg, "serverName": "sql-orders-prod", "securityAlertPolicyName": "Default", "state": "Enabled" if secure else "Disabled", "emailAccountAdmins": secure},
                 {"name": "Default"}, deps=[SQL], pdeps=on_sql))
    if secure:
        R.append(res("azure-native:sql:SqlVulnerabilityAssessmentsSetting", "sql-va", f"{sql_id}/sqlVulnerabilityAssessments/default",
                     {**rg, "serverName": "sql-orders-prod", "vulnerabilityAssessmentName": "default", "state": "Enabled"}, {"name": "default"}, deps=[SQL], pdeps=on_sql))
        R.append(res("azure-native:sql:EncryptionProtector", "sql-tde-protector", f"{sql_id}/encryptionProtector/current",
                     {**rg, "serverName": "sql-orders-prod", "encryptionProtectorName": "current", "serverKeyType": "AzureKeyVault",
                      "serverKeyName": "kv-orders-prod_sql-tde_0123456789abcdef0123456789abcdef", "autoRotationEnabled": True},
                     {"name": "current"}, deps=[SQL], pdeps=on_sql))
    else:
        R.append(res("azure-native:sql:FirewallRule", "sql-allow-all", f"{sql_id}/firewallRules/allow-all",
                     {**rg, "serverName": "sql-orders-prod", "firewallRuleName": "allow-all", "startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"},
                     {"name": "allow-all"}, deps=[SQL], pdeps=on_sql))
        R.append(res("azure-native:sql:FirewallRule", "sql-allow-azure", f"{sql_id}/firewallRules/AllowAllWindowsAzureIps",
                     {**rg, "serverName": "sql-orders-prod", "firewallRuleName": "AllowAllWindowsAzureIps", "startIpAddress": "0.0.0.0", "endIpAddress": "0.0.0.0"},
                     {"name": "AllowAllWindowsAzureIps"}, deps=[SQL], pdeps=on_sql))

    # PostgreSQL flexible server with its server parameters
    PG = ("azure-native:dbforpostgresql:Server", "pg")
    pg_id = arm("Microsoft.DBforPostgreSQL", "flexibleServers", "psql-orders-prod")
    pg_in = {**rg, "serverName": "psql-orders-prod", "location": LOC, "version": "16", "sku": {"name": "Standard_D2ds_v5", "tier": "GeneralPurpose"},
             "storage": {"storageSizeGB": 128}, "administratorLogin": "pgadmin", "administratorLoginPassword": enc("v1:Tk9ULUFOLVJFQUwtS0VZ:cGctYWRtaW4tcGFzc3dvcmQ="),
             "authConfig": {"activeDirectoryAuth": "Enabled", "passwordAuth": "Disabled" if secure else "Enabled", "tenantId": TENANT}, "tags": tags,
             "network": {"delegatedSubnetResourceId": db_subnet_id,
                         "privateDnsZoneArmResourceId": f"{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/privateDnsZones/orders.postgres.database.azure.com"}
             if secure else {"publicNetworkAccess": "Enabled"}}
    R.append(res(*PG, pg_id, pg_in, {"name": "psql-orders-prod", "fullyQualifiedDomainName": "psql-orders-prod.postgres.database.azure.com"},
                 deps=[RGR, DB_SUBNET] if secure else [RGR], pdeps={**on_rg, **({"network": [DB_SUBNET]} if secure else {})}))
    on_pg = {"serverName": [PG], "resourceGroupName": [RGR]}
    pg_params = [("connection_throttle.enable", "on"), ("logfiles.retention_days", "7")] if secure else [("require_secure_transport", "off"), ("ssl_min_protocol_version", "TLSv1")]
    for name, value in pg_params:
        R.append(res("azure-native:dbforpostgresql:Configuration", f"pg-{name.replace('.', '-').replace('_', '-')}", f"{pg_id}/configurations/{name}",
                     {**rg, "serverName": "psql-orders-prod", "configurationName": name, "value": value, "source": "user-override"}, {"name": name},
                     deps=[PG], pdeps=on_pg))
    if not secure:
        R.append(res("azure-native:dbforpostgresql:FirewallRule", "pg-allow-all", f"{pg_id}/firewallRules/allow-all",
                     {**rg, "serverName": "psql-orders-prod", "firewallRuleName": "allow-all", "startIpAddress": "0.0.0.0", "endIpAddress": "255.255.255.255"},
                     {"name": "allow-all"}, deps=[PG], pdeps=on_pg))

    # MySQL flexible server with its server parameters
    MY = ("azure-native:dbformysql:Server", "mysql")
    my_id = arm("Microsoft.DBforMySQL", "flexibleServers", "mysql-orders-prod")
    R.append(res(*MY, my_id, {**rg, "serverName": "mysql-orders-prod", "location": LOC, "version": "8.0.21", "sku": {"name": "Standard_D2ds_v4", "tier": "GeneralPurpose"},
                              "administratorLogin": "myadmin", "administratorLoginPassword": enc("v1:Tk9ULUFOLVJFQUwtS0VZ:bXlzcWwtYWRtaW4tcGFzc3dvcmQ="),
                              "network": {"publicNetworkAccess": "Disabled" if secure else "Enabled"}, "tags": tags},
                 {"name": "mysql-orders-prod", "fullyQualifiedDomainName": "mysql-orders-prod.mysql.database.azure.com"}, deps=[RGR], pdeps=on_rg))
    on_my = {"serverName": [MY], "resourceGroupName": [RGR]}
    my_params = [("audit_log_enabled", "ON"), ("audit_log_events", "CONNECTION,DDL")] if secure else [("tls_version", "TLSv1,TLSv1.1,TLSv1.2"), ("require_secure_transport", "OFF")]
    for name, value in my_params:
        R.append(res("azure-native:dbformysql:Configuration", f"mysql-{name.replace('_', '-')}", f"{my_id}/configurations/{name}",
                     {**rg, "serverName": "mysql-orders-prod", "configurationName": name, "value": value, "source": "user-override"}, {"name": name},
                     deps=[MY], pdeps=on_my))
    return {"version": 3, "deployment": {
        "manifest": {"time": "2026-11-20T10:04:40.913Z", "magic": "a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8", "version": "v3.200.0"},
        "secrets_providers": {"type": "passphrase", "state": {"salt": "v1:3G5kQ1hZwq0=:v1:Yx1c8pN9m7bQ2f0J:1nXf2b9A8s7dQ4w3e2r1tA=="}},
        "resources": R}}

write_pair(build, "azure-compliant", "azure-insecure")
