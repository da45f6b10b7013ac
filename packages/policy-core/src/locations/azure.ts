/**
 * Azure regions, where they are, and their region pairs.
 *
 * Sources:
 * - region names as `az account list-locations` prints them (physical regions, `name` column)
 *   and their countries from the Azure geographies page
 *   (https://azure.microsoft.com/explore/global-infrastructure/geographies/);
 * - region pairs from "Azure region pairs and nonpaired regions"
 *   (https://learn.microsoft.com/azure/reliability/cross-region-replication-azure). Geo-redundant
 *   storage (GRS, RA-GRS, GZRS, RA-GZRS) replicates to the pair. Pairs are not always symmetric:
 *   Brazil South → South Central US, West US 3 → East US, West India → South India,
 *   Brazil Southeast → Brazil South.
 *
 * Not listed: logical locations (`global`, geography names such as `europe`), staging and
 * restricted regions whose location Microsoft does not publish. Azure Government and Azure China
 * regions are separate clouds and not listed.
 */
import { RegionInfo, regionTable } from "./types";

/** Every Azure public-cloud physical region of the catalog, by normalized name. */
export const AZURE_REGIONS: ReadonlyMap<string, RegionInfo> = regionTable("azure", [
  // United States
  ["eastus", "East US", "US"],
  ["eastus2", "East US 2", "US"],
  ["centralus", "Central US", "US"],
  ["northcentralus", "North Central US", "US"],
  ["southcentralus", "South Central US", "US"],
  ["westcentralus", "West Central US", "US"],
  ["westus", "West US", "US"],
  ["westus2", "West US 2", "US"],
  ["westus3", "West US 3", "US"],
  ["centraluseuap", "Central US EUAP", "US"],
  ["eastus2euap", "East US 2 EUAP", "US"],
  // Americas
  ["canadacentral", "Canada Central", "CA"],
  ["canadaeast", "Canada East", "CA"],
  ["brazilsouth", "Brazil South", "BR"],
  ["brazilsoutheast", "Brazil Southeast", "BR"],
  ["mexicocentral", "Mexico Central", "MX"],
  ["chilecentral", "Chile Central", "CL"],
  // Europe: EU member states
  ["northeurope", "North Europe", "IE"],
  ["westeurope", "West Europe", "NL"],
  ["francecentral", "France Central", "FR"],
  ["francesouth", "France South", "FR"],
  ["germanywestcentral", "Germany West Central", "DE"],
  ["germanynorth", "Germany North", "DE"],
  ["swedencentral", "Sweden Central", "SE"],
  ["swedensouth", "Sweden South", "SE"],
  ["italynorth", "Italy North", "IT"],
  ["polandcentral", "Poland Central", "PL"],
  ["spaincentral", "Spain Central", "ES"],
  ["austriaeast", "Austria East", "AT"],
  ["belgiumcentral", "Belgium Central", "BE"],
  // Europe: outside the EU
  ["uksouth", "UK South", "GB"],
  ["ukwest", "UK West", "GB"],
  ["switzerlandnorth", "Switzerland North", "CH"],
  ["switzerlandwest", "Switzerland West", "CH"],
  ["norwayeast", "Norway East", "NO"],
  ["norwaywest", "Norway West", "NO"],
  // Asia Pacific
  ["australiaeast", "Australia East", "AU"],
  ["australiasoutheast", "Australia Southeast", "AU"],
  ["australiacentral", "Australia Central", "AU"],
  ["australiacentral2", "Australia Central 2", "AU"],
  ["newzealandnorth", "New Zealand North", "NZ"],
  ["japaneast", "Japan East", "JP"],
  ["japanwest", "Japan West", "JP"],
  ["koreacentral", "Korea Central", "KR"],
  ["koreasouth", "Korea South", "KR"],
  ["centralindia", "Central India", "IN"],
  ["southindia", "South India", "IN"],
  ["westindia", "West India", "IN"],
  ["jioindiawest", "Jio India West", "IN"],
  ["jioindiacentral", "Jio India Central", "IN"],
  ["eastasia", "East Asia", "HK"],
  ["southeastasia", "Southeast Asia", "SG"],
  ["indonesiacentral", "Indonesia Central", "ID"],
  ["malaysiawest", "Malaysia West", "MY"],
  // Middle East and Africa
  ["uaenorth", "UAE North", "AE"],
  ["uaecentral", "UAE Central", "AE"],
  ["qatarcentral", "Qatar Central", "QA"],
  ["israelcentral", "Israel Central", "IL"],
  ["southafricanorth", "South Africa North", "ZA"],
  ["southafricawest", "South Africa West", "ZA"],
]);

/**
 * The region pair of each paired Azure region (the secondary region of geo-redundant storage).
 * Regions without an entry are nonpaired.
 */
export const AZURE_REGION_PAIRS: ReadonlyMap<string, string> = new Map([
  ["eastus", "westus"],
  ["westus", "eastus"],
  ["eastus2", "centralus"],
  ["centralus", "eastus2"],
  ["northcentralus", "southcentralus"],
  ["southcentralus", "northcentralus"],
  ["westus2", "westcentralus"],
  ["westcentralus", "westus2"],
  ["westus3", "eastus"],
  ["centraluseuap", "eastus2euap"],
  ["eastus2euap", "centraluseuap"],
  ["canadacentral", "canadaeast"],
  ["canadaeast", "canadacentral"],
  ["brazilsouth", "southcentralus"],
  ["brazilsoutheast", "brazilsouth"],
  ["northeurope", "westeurope"],
  ["westeurope", "northeurope"],
  ["francecentral", "francesouth"],
  ["francesouth", "francecentral"],
  ["germanywestcentral", "germanynorth"],
  ["germanynorth", "germanywestcentral"],
  ["swedencentral", "swedensouth"],
  ["swedensouth", "swedencentral"],
  ["uksouth", "ukwest"],
  ["ukwest", "uksouth"],
  ["switzerlandnorth", "switzerlandwest"],
  ["switzerlandwest", "switzerlandnorth"],
  ["norwayeast", "norwaywest"],
  ["norwaywest", "norwayeast"],
  ["australiaeast", "australiasoutheast"],
  ["australiasoutheast", "australiaeast"],
  ["australiacentral", "australiacentral2"],
  ["australiacentral2", "australiacentral"],
  ["japaneast", "japanwest"],
  ["japanwest", "japaneast"],
  ["koreacentral", "koreasouth"],
  ["koreasouth", "koreacentral"],
  ["centralindia", "southindia"],
  ["southindia", "centralindia"],
  ["westindia", "southindia"],
  ["jioindiawest", "jioindiacentral"],
  ["jioindiacentral", "jioindiawest"],
  ["eastasia", "southeastasia"],
  ["southeastasia", "eastasia"],
  ["uaenorth", "uaecentral"],
  ["uaecentral", "uaenorth"],
  ["southafricanorth", "southafricawest"],
  ["southafricawest", "southafricanorth"],
]);

/**
 * Normalizes an Azure location as ARM compares it: lower case without spaces, so `West Europe`,
 * `westeurope` and `WESTEUROPE` are equal.
 */
export function normalizeAzureLocation(location: string): string {
  return location.replace(/[\s_-]+/g, "").toLowerCase();
}

/** Whether an Azure location is the non-regional `global` location. */
export function isAzureGlobalLocation(location: string): boolean {
  return normalizeAzureLocation(location) === "global";
}

/**
 * Azure native resource types that are global by nature (DNS, Traffic Manager, Front Door, CDN
 * profiles and endpoints, private DNS zones): their `location` is `global`, so they are not
 * checked. Type tokens as in @pulumi/azure-native 3.
 */
export const AZURE_GLOBAL_TYPES: readonly string[] = [
  "azure-native:dns:Zone",
  "azure-native:privatedns:PrivateZone",
  "azure-native:privatedns:VirtualNetworkLink",
  "azure-native:trafficmanager:Profile",
  "azure-native:frontdoor:FrontDoor",
  "azure-native:frontdoor:Policy",
  "azure-native:frontdoor:NetworkExperimentProfile",
  "azure-native:frontdoor:Experiment",
  "azure-native:cdn:Profile",
  "azure-native:cdn:Endpoint",
  "azure-native:cdn:AFDEndpoint",
  "azure-native:cdn:Policy",
];

/** Storage SKU names whose data is copied to the region pair (GRS, RA-GRS, GZRS, RA-GZRS, V2 variants). */
export const AZURE_GEO_REDUNDANT_SKUS: readonly string[] = [
  "Standard_GRS",
  "Standard_RAGRS",
  "Standard_GZRS",
  "Standard_RAGZRS",
  "StandardV2_GRS",
  "StandardV2_GZRS",
];
