import { fixtures, unknown } from "@rampart/policy-testing";

const D = "gcp:bigquery/dataset:Dataset";
const T = "gcp:bigquery/table:Table";
const key = "projects/p/locations/eu/keyRings/r/cryptoKeys/bq";

export default fixtures([
  {
    name: "table with its own key",
    expect: "pass",
    resources: [
      { type: D, name: "ds", props: { datasetId: "sales" } },
      { type: T, name: "orders", props: { datasetId: "sales", tableId: "orders", encryptionConfiguration: { kmsKeyName: key } } },
    ],
  },
  {
    name: "table inheriting the dataset's default key",
    expect: "pass",
    resources: [
      { type: D, name: "ds", props: { datasetId: "sales", defaultEncryptionConfiguration: { kmsKeyName: key } } },
      { type: T, name: "orders", props: { datasetId: "sales", tableId: "orders" } },
    ],
  },
  {
    name: "dataset linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: D, name: "ds", props: { datasetId: unknown(), defaultEncryptionConfiguration: { kmsKeyName: key } } },
      { type: T, name: "orders", props: { datasetId: unknown(), tableId: "orders" }, propertyDependencies: { datasetId: ["ds"] } },
    ],
  },
  {
    name: "a view stores no data",
    expect: "pass",
    resources: [
      { type: D, name: "ds", props: { datasetId: "sales" } },
      { type: T, name: "v", props: { datasetId: "sales", tableId: "v", view: { query: "SELECT 1", useLegacySql: false } } },
    ],
  },
  {
    name: "table and dataset without keys",
    expect: "violate",
    target: "orders",
    message: 'Table "orders" has no encryptionConfiguration.kmsKeyName and its dataset has no defaultEncryptionConfiguration',
    resources: [
      { type: D, name: "ds", props: { datasetId: "sales" } },
      { type: T, name: "orders", props: { datasetId: "sales", tableId: "orders" } },
    ],
  },
  {
    name: "dataset not in the stack",
    expect: "advisory",
    message: "its dataset is not in this stack",
    resources: [{ type: T, name: "orders", props: { datasetId: "elsewhere", tableId: "orders" } }],
  },
  {
    name: "datasetId unknown and unlinked",
    expect: "unknown",
    resources: [
      { type: D, name: "ds", props: { datasetId: "sales" } },
      { type: T, name: "orders", props: { datasetId: unknown(), tableId: "orders" } },
    ],
  },
]);
