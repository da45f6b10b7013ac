import { fixtures, unknown } from "@rampart/policy-testing";

const BUCKET = "gcp:storage/bucket:Bucket";
const EU = { allowedJurisdictions: ["EU"] };

export default fixtures([
  { name: "EU multi-region", expect: "pass", config: EU, resource: { type: BUCKET, props: { name: "b", location: "EU" } } },
  { name: "eu multi-region in lower case", expect: "pass", config: EU, resource: { type: BUCKET, props: { name: "b", location: "eu" } } },
  { name: "regional bucket in EUROPE-WEST1", expect: "pass", config: EU, resource: { type: BUCKET, props: { name: "b", location: "EUROPE-WEST1" } } },
  {
    name: "predefined dual-region EUR4 (Finland + Netherlands)",
    expect: "pass",
    config: EU,
    resource: { type: BUCKET, props: { name: "b", location: "EUR4" } },
  },
  {
    name: "predefined dual-region NAM4 (Iowa + South Carolina)",
    expect: "violate",
    config: EU,
    message: 'dual-region "nam4" stores data in "us-central1"',
    resource: { type: BUCKET, props: { name: "b", location: "NAM4" } },
  },
  {
    name: "US multi-region",
    expect: "violate",
    config: EU,
    message: 'multi-region "us"',
    resource: { type: BUCKET, props: { name: "b", location: "US" } },
  },
  {
    name: "EU multi-region allowed for a UK-only configuration? no: EU regions are not UK",
    expect: "violate",
    config: { allowedJurisdictions: ["UK"] },
    message: 'multi-region "eu"',
    resource: { type: BUCKET, props: { name: "b", location: "EU" } },
  },
  {
    name: "multi-region listed by name in allowedRegions.gcp",
    expect: "pass",
    config: { allowedRegions: { gcp: ["us"] } },
    resource: { type: BUCKET, props: { name: "b", location: "US" } },
  },
  {
    name: "configurable dual-region inside the EU",
    expect: "pass",
    config: EU,
    resource: { type: BUCKET, props: { name: "b", location: "EU", customPlacementConfig: { dataLocations: ["EUROPE-WEST1", "EUROPE-WEST4"] } } },
  },
  {
    name: "configurable dual-region with one region in London",
    expect: "violate",
    config: EU,
    message: 'customPlacementConfig.dataLocations places data in "europe-west2" (London, GB, UK)',
    resource: { type: BUCKET, props: { name: "b", location: "EU", customPlacementConfig: { dataLocations: ["europe-west1", "europe-west2"] } } },
  },
  { name: "not configured: left to multi-location-require-configuration", expect: "pass", resource: { type: BUCKET, props: { name: "b", location: "EU" } } },
  { name: "location unknown during preview", expect: "unknown", config: EU, resource: { type: BUCKET, props: { name: "b", location: unknown() } } },
  {
    name: "dataLocations unknown during preview",
    expect: "unknown",
    config: EU,
    resource: { type: BUCKET, props: { name: "b", location: "EU", customPlacementConfig: { dataLocations: unknown() } } },
  },
  {
    name: "a compute instance is another policy's",
    expect: "not-applicable",
    config: EU,
    resource: { type: "gcp:compute/instance:Instance", props: { zone: "us-east1-b" } },
  },
]);
