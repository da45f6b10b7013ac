import { fixtures, unknown } from "@rampart/policy-testing";

const INSTANCE = "gcp:sql/databaseInstance:DatabaseInstance";
const EU = { allowedJurisdictions: ["EU"] };

export default fixtures([
  {
    name: "primary without backup location",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { region: "us-east1", databaseVersion: "POSTGRES_16" } },
  },
  {
    name: "cross-region replica in europe-west3",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { region: "europe-west3", masterInstanceName: "primary", databaseVersion: "POSTGRES_16" } },
  },
  {
    name: "cross-region replica in us-central1",
    expect: "violate",
    config: EU,
    message: 'the replica is in "us-central1" (Council Bluffs, Iowa, US)',
    resource: { type: INSTANCE, props: { region: "us-central1", masterInstanceName: "primary" } },
  },
  {
    name: "replica without region takes the provider's",
    expect: "violate",
    config: EU,
    message: '(from provider "default"\'s region)',
    resource: {
      type: INSTANCE,
      props: { masterInstanceName: "primary" },
      provider: { type: "pulumi:providers:gcp", name: "default", props: { region: "asia-east1" } },
    },
  },
  {
    name: "backups in the eu multi-region",
    expect: "pass",
    config: EU,
    resource: { type: INSTANCE, props: { region: "europe-west1", settings: { tier: "db-f1-micro", backupConfiguration: { enabled: true, location: "eu" } } } },
  },
  {
    name: "backups in the us multi-region",
    expect: "violate",
    config: EU,
    message: 'settings.backupConfiguration.location "us" stores backups in',
    resource: { type: INSTANCE, props: { region: "europe-west1", settings: { tier: "db-f1-micro", backupConfiguration: { enabled: true, location: "us" } } } },
  },
  {
    name: "not configured: left to gcp-location-allowed-region",
    expect: "pass",
    resource: { type: INSTANCE, props: { region: "us-central1", masterInstanceName: "primary" } },
  },
  {
    // Fuzz finding: an unknown masterInstanceName may resolve to nothing (a primary), so no mandatory verdict.
    name: "masterInstanceName unknown during preview, region not allowed",
    expect: "unknown",
    config: EU,
    resource: { type: INSTANCE, props: { region: "us-central1", masterInstanceName: unknown() } },
  },
  {
    name: "replica region unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: INSTANCE, props: { region: unknown(), masterInstanceName: "primary" } },
  },
  {
    name: "backup location unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: INSTANCE, props: { region: "europe-west1", settings: { backupConfiguration: { enabled: true, location: unknown() } } } },
  },
]);
