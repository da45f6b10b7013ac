/**
 * Azure SQL Database SKUs (azure-native `sql.Database` `sku` = {name, tier, capacity}): the
 * purchasing model and the size. vCore SKUs are named `<GP|BC|HS>[_S]_<family>` with
 * `capacity` = vCores; DTU SKUs are `Basic`, `S0`-`S12`, `P1`-`P15` with fixed DTUs.
 */

/** DTUs of the DTU-model service objectives (Microsoft's published sizes). */
export const DTU_SIZES: Record<string, number> = {
  Basic: 5,
  S0: 10,
  S1: 20,
  S2: 50,
  S3: 100,
  S4: 200,
  S6: 400,
  S7: 800,
  S9: 1600,
  S12: 3000,
  P1: 125,
  P2: 250,
  P4: 500,
  P6: 1000,
  P11: 1750,
  P15: 4000,
};

/** The service tier of a SKU: `sku.tier` when given, else derived from `sku.name`. */
export function sqlTier(name: string | undefined, tier: string | undefined): string | undefined {
  if (tier) return tier;
  if (!name) return undefined;
  if (/^GP_/i.test(name)) return "GeneralPurpose";
  if (/^BC_/i.test(name)) return "BusinessCritical";
  if (/^HS_/i.test(name)) return "Hyperscale";
  if (/^P\d+$/i.test(name) || /^Premium$/i.test(name)) return "Premium";
  if (/^S\d+$/i.test(name) || /^Standard$/i.test(name)) return "Standard";
  if (/^Basic$/i.test(name)) return "Basic";
  return undefined;
}

/** Whether a SKU is in the vCore model (capacity in vCores) rather than DTUs. */
export function isVcoreSku(name: string | undefined, tier: string | undefined): boolean {
  const t = sqlTier(name, tier);
  return t === "GeneralPurpose" || t === "BusinessCritical" || t === "Hyperscale";
}
