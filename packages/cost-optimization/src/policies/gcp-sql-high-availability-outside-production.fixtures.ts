import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";
const db = (availabilityType: unknown) => ({ type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-g1-small", availabilityType } } });

export default fixtures([
  { name: "zonal in dev", expect: "pass", resource: db("ZONAL") },
  { name: "regional in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: db("REGIONAL") },
  { name: "regional in dev", expect: "violate", message: 'settings.availabilityType is "REGIONAL" on a non-production stack', resource: db("REGIONAL") },
  { name: "availability type unknown", expect: "unknown", resource: db(unknown()) },
]);
