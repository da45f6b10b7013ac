import { fixtures, unknown } from "@rampart/policy-testing";

const EU = { allowedJurisdictions: ["EU"] };
const gcpProvider = (props: Record<string, unknown>) => ({ type: "pulumi:providers:gcp", name: "default_9_37_0", props });
const INSTANCE = "gcp:compute/instance:Instance";
const SQL = "gcp:sql/databaseInstance:DatabaseInstance";
const DATASET = "gcp:bigquery/dataset:Dataset";

export default fixtures([
  { name: "Cloud SQL in europe-west1", expect: "pass", config: EU, resource: { type: SQL, props: { region: "europe-west1", databaseVersion: "POSTGRES_16" } } },
  {
    name: "VM zone europe-west4-a maps to its region",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { zone: "europe-west4-a", machineType: "e2-small" } },
  },
  { name: "VM zone in upper case", expect: "pass", config: EU, resource: { type: INSTANCE, props: { zone: "EUROPE-WEST4-A", machineType: "e2-small" } } },
  {
    name: "VM without zone takes the provider's zone in us-central1",
    expect: "violate",
    config: EU,
    message: 'location "us-central1" (Council Bluffs, Iowa, US) (from provider "default_9_37_0"\'s zone)',
    resource: { type: INSTANCE, props: { machineType: "e2-small" }, provider: gcpProvider({ project: "p", zone: "us-central1-a" }) },
  },
  {
    name: "Cloud SQL without region takes the provider's region",
    expect: "pass",
    config: EU,
    resource: { type: SQL, props: { databaseVersion: "POSTGRES_16" }, provider: gcpProvider({ project: "p", region: "europe-west3" }) },
  },
  {
    name: "resource region overrides the provider's",
    expect: "violate",
    config: EU,
    message: "(from the resource's region)",
    resource: { type: SQL, props: { region: "us-east1" }, provider: gcpProvider({ region: "europe-west3" }) },
  },
  { name: "BigQuery dataset in EU (multi-region)", expect: "pass", config: EU, resource: { type: DATASET, props: { datasetId: "d", location: "EU" } } },
  { name: "BigQuery dataset in eu (lower case)", expect: "pass", config: EU, resource: { type: DATASET, props: { datasetId: "d", location: "eu" } } },
  {
    name: "BigQuery dataset without location is in US",
    expect: "violate",
    config: EU,
    message: 'multi-region "us"',
    resource: { type: DATASET, props: { datasetId: "d" }, provider: gcpProvider({ region: "europe-west1" }) },
  },
  {
    name: "London (europe-west2) with UK allowed",
    expect: "pass",
    config: { allowedJurisdictions: ["uk"] },
    resource: { type: SQL, props: { region: "europe-west2" } },
  },
  { name: "global location", expect: "pass", config: EU, resource: { type: "gcp:kms/keyRing:KeyRing", props: { location: "global" } } },
  {
    name: "the gcp provider in us-east1",
    expect: "violate",
    config: EU,
    message: "(from the provider's region)",
    resource: { type: "pulumi:providers:gcp", name: "us", props: { region: "us-east1" }, provider: null },
  },
  {
    name: "compute network is global: not applicable",
    expect: "not-applicable",
    config: EU,
    resource: { type: "gcp:compute/network:Network", props: { name: "n" } },
  },
  { name: "not configured: left to multi-location-require-configuration", expect: "pass", resource: { type: SQL, props: { region: "europe-west1" } } },
  { name: "zone unknown during preview", expect: "unknown", config: EU, resource: { type: INSTANCE, props: { zone: unknown(), machineType: "e2-small" } } },
  {
    name: "no location anywhere",
    expect: "advisory",
    message: "location cannot be determined",
    config: EU,
    resource: { type: SQL, props: { databaseVersion: "POSTGRES_16" } },
  },
]);
