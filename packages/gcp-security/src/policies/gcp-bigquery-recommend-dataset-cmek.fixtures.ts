import { fixtures, unknown } from "@rampart/policy-testing";
import { flagResource, requiredPropertyCases } from "../lib/property.fixtures-kit";

const D = "gcp:bigquery/dataset:Dataset";
const c = requiredPropertyCases({
  resource: flagResource(D, { datasetId: "sales" }, "defaultEncryptionConfiguration.kmsKeyName"),
  path: "defaultEncryptionConfiguration.kmsKeyName",
  value: "projects/p/locations/eu/keyRings/r/cryptoKeys/bq",
  names: { set: "dataset with a default CMEK", unknown: "key from another resource (unknown) counts as set", absent: "no default key" },
});

export default fixtures([
  c.set,
  c.unknown,
  {
    name: "encryption configuration unknown counts as set",
    expect: "pass",
    resource: { type: D, props: { datasetId: "sales", defaultEncryptionConfiguration: unknown() } },
  },
  c.absent,
  { name: "a table is not a dataset", expect: "not-applicable", resource: { type: "gcp:bigquery/table:Table", props: { datasetId: "sales", tableId: "t" } } },
]);
