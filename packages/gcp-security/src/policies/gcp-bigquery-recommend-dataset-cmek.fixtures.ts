import { fixtures, unknown } from "@rampart/policy-testing";

const D = "gcp:bigquery/dataset:Dataset";

export default fixtures([
  {
    name: "dataset with a default CMEK",
    expect: "pass",
    resource: { type: D, props: { datasetId: "sales", defaultEncryptionConfiguration: { kmsKeyName: "projects/p/locations/eu/keyRings/r/cryptoKeys/bq" } } },
  },
  {
    name: "key from another resource (unknown) counts as set",
    expect: "pass",
    resource: { type: D, props: { datasetId: "sales", defaultEncryptionConfiguration: { kmsKeyName: unknown() } } },
  },
  {
    name: "encryption configuration unknown counts as set",
    expect: "pass",
    resource: { type: D, props: { datasetId: "sales", defaultEncryptionConfiguration: unknown() } },
  },
  {
    name: "no default key",
    expect: "violate",
    message: "defaultEncryptionConfiguration.kmsKeyName is not set",
    resource: { type: D, props: { datasetId: "sales", location: "EU" } },
  },
  { name: "a table is not a dataset", expect: "not-applicable", resource: { type: "gcp:bigquery/table:Table", props: { datasetId: "sales", tableId: "t" } } },
]);
