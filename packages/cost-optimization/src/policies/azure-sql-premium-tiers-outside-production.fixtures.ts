import { fixtures, unknown } from "@rampart/policy-testing";

const DB = "azure-native:sql:Database";
const db = (sku: Record<string, unknown>) => ({ type: DB, props: { resourceGroupName: "rg", serverName: "srv", sku } });

export default fixtures([
  { name: "General Purpose in dev", expect: "pass", resource: db({ name: "GP_Gen5", capacity: 2 }) },
  { name: "Business Critical in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: db({ name: "BC_Gen5", capacity: 4 }) },
  {
    name: "Business Critical in dev",
    expect: "violate",
    message: 'sku is in the "BusinessCritical" tier on a non-production stack',
    resource: db({ name: "BC_Gen5", capacity: 4 }),
  },
  { name: "Premium P1 in dev", expect: "violate", message: '"Premium" tier', resource: db({ name: "P1" }) },
  {
    name: "configured tiers",
    expect: "violate",
    message: '"Hyperscale" tier',
    config: { nonProductionDisallowedTiers: ["Hyperscale"] },
    resource: db({ name: "HS_Gen5", tier: "Hyperscale", capacity: 2 }),
  },
  { name: "sku unknown", expect: "unknown", resource: db({ name: unknown() }) },
]);
