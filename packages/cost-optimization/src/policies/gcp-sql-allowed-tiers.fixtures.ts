import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const I = "gcp:sql/databaseInstance:DatabaseInstance";
const db = (tier: unknown, extra: Record<string, unknown> = {}) => ({
  type: I,
  props: { databaseVersion: "POSTGRES_16", region: "europe-west1", settings: { tier, ...extra } },
});

export default fixtures([
  { name: "db-g1-small", expect: "pass", resource: db("db-g1-small") },
  { name: "db-custom-2-7680", expect: "pass", resource: db("db-custom-2-7680") },
  ...inAndOutsideProduction("db-custom-8-30720", db("db-custom-8-30720"), "non-production cap nonProductionMaxVcpus = 2"),
  { name: "Enterprise Plus tier outside production", expect: "violate", message: "nonProductionMaxVcpus", resource: db("db-perf-optimized-N-8") },
  {
    name: "configured allow-list",
    expect: "violate",
    message: "is not in allowedTiers",
    config: { allowedTiers: ["db-custom-*"] },
    resource: db("db-n1-standard-1"),
  },
  { name: "tier unknown", expect: "unknown", resource: db(unknown()) },
]);
