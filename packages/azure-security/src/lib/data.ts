/** Type tokens and fixture bases of the data services of this pack's second part (Cosmos DB, ACR, Redis). */

/** An Azure Cosmos DB account (azure-native 3, cosmosdb/databaseAccount.d.ts). */
export const COSMOS = "azure-native:cosmosdb:DatabaseAccount";
/** An Azure Container Registry (containerregistry/registry.d.ts). */
export const ACR = "azure-native:containerregistry:Registry";
/** An Azure Cache for Redis (redis/redis.d.ts). */
export const REDIS = "azure-native:redis:Redis";

/** A database of Azure Managed Redis / Redis Enterprise (the v2 service; redisenterprise/database.d.ts). */
export const REDIS_ENTERPRISE_DB = "azure-native:redisenterprise:Database";

/** A minimal Cosmos DB account's inputs, for fixtures. */
export const COSMOS_BASE = {
  resourceGroupName: "rg",
  databaseAccountOfferType: "Standard",
  locations: [{ locationName: "westeurope", failoverPriority: 0 }],
} as const;
/** A minimal registry's inputs, for fixtures. */
export const ACR_BASE = { resourceGroupName: "rg", sku: { name: "Premium" } } as const;
/** A minimal Redis cache's inputs, for fixtures. */
export const REDIS_BASE = { resourceGroupName: "rg", sku: { name: "Standard", family: "C", capacity: 1 } } as const;

/** A minimal Redis Enterprise database's inputs, for fixtures. */
export const REDIS_ENTERPRISE_DB_BASE = { resourceGroupName: "rg", clusterName: "cache-prod" } as const;

/** Whether a known `publicNetworkAccess` value closes the public endpoint ("Disabled", or Cosmos DB's "SecuredByPerimeter"). */
export function isPublicAccessOff(v: unknown): boolean {
  return typeof v === "string" && ["disabled", "securedbyperimeter"].includes(v.toLowerCase());
}
