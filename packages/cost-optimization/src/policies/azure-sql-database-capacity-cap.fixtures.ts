import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const DB = "azure-native:sql:Database";
const db = (sku: Record<string, unknown>) => ({ type: DB, props: { resourceGroupName: "rg", serverName: "srv", sku } });

export default fixtures([
  { name: "GP_Gen5 2 vCores", expect: "pass", resource: db({ name: "GP_Gen5", tier: "GeneralPurpose", capacity: 2 }) },
  { name: "S1 (20 DTUs)", expect: "pass", resource: db({ name: "S1", tier: "Standard" }) },
  { name: "no sku (server default)", expect: "pass", resource: { type: DB, props: { resourceGroupName: "rg", serverName: "srv" } } },
  ...inAndOutsideProduction(
    "GP_Gen5 8 vCores",
    db({ name: "GP_Gen5", capacity: 8 }),
    "sku.capacity is 8 vCores, above the non-production cap nonProductionMaxVcores = 4",
  ),
  {
    name: "S6 (400 DTUs) outside production",
    expect: "violate",
    message: "has 400 DTUs, above the non-production cap nonProductionMaxDtus = 100",
    resource: db({ name: "S6", tier: "Standard" }),
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxVcores: 8 }, resource: db({ name: "GP_Gen5", capacity: 8 }) },
  // DTU sizes are looked up by own keys only ("constructor" is no service objective).
  { name: "sku name that is an Object property", expect: "pass", resource: db({ name: "constructor" }) },
  { name: "capacity unknown", expect: "unknown", resource: db({ name: "GP_Gen5", capacity: unknown() }) },
]);
