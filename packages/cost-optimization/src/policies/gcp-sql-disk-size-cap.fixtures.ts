import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const I = "gcp:sql/databaseInstance:DatabaseInstance";
const db = (settings: Record<string, unknown>) => ({ type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-g1-small", ...settings } } });

export default fixtures([
  { name: "20 GB growing to 100", expect: "pass", resource: db({ diskSize: 20, diskAutoresizeLimit: 100 }) },
  ...inAndOutsideProduction("500 GB", db({ diskSize: 500 }), "settings.diskSize is 500 GB, above the non-production cap nonProductionMaxDiskSizeGb = 100"),
  {
    name: "autoresize ceiling too high",
    expect: "violate",
    message: "settings.diskAutoresizeLimit is 1000 GB",
    resource: db({ diskSize: 20, diskAutoresizeLimit: 1000 }),
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxDiskSizeGb: 500 }, resource: db({ diskSize: 500 }) },
  { name: "disk size unknown", expect: "unknown", resource: db({ diskSize: unknown() }) },
]);
