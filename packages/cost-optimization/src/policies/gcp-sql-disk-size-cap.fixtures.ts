import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";
const db = (settings: Record<string, unknown>) => ({ type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-g1-small", ...settings } } });

export default fixtures([
  { name: "20 GB growing to 100", expect: "pass", resource: db({ diskSize: 20, diskAutoresizeLimit: 100 }) },
  { name: "500 GB in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: db({ diskSize: 500 }) },
  {
    name: "500 GB outside production",
    expect: "violate",
    message: "settings.diskSize is 500 GB, above the non-production cap nonProductionMaxDiskSizeGb = 100",
    resource: db({ diskSize: 500 }),
  },
  {
    name: "autoresize ceiling too high",
    expect: "violate",
    message: "settings.diskAutoresizeLimit is 1000 GB",
    resource: db({ diskSize: 20, diskAutoresizeLimit: 1000 }),
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxDiskSizeGb: 500 }, resource: db({ diskSize: 500 }) },
  { name: "disk size unknown", expect: "unknown", resource: db({ diskSize: unknown() }) },
]);
