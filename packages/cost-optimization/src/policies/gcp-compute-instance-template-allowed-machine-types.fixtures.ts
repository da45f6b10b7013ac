import { fixtures, unknown } from "@rampart/policy-testing";

const T = "gcp:compute/instanceTemplate:InstanceTemplate";
const RT = "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate";
const DISKS = [{ sourceImage: "debian-cloud/debian-12", boot: true }];

export default fixtures([
  { name: "e2-standard-2 template", expect: "pass", resource: { type: T, props: { machineType: "e2-standard-2", disks: DISKS } } },
  {
    name: "regional template with c3-standard-22 in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: RT, props: { region: "europe-west1", machineType: "c3-standard-22", disks: DISKS } },
  },
  {
    name: "c3-standard-22 outside production",
    expect: "violate",
    message: "nonProductionMaxVcpus",
    resource: { type: T, props: { machineType: "c3-standard-22", disks: DISKS } },
  },
  {
    name: "memory-optimized template",
    expect: "violate",
    message: 'pattern "m2-*"',
    resource: { type: RT, props: { region: "europe-west1", machineType: "m2-ultramem-208", disks: DISKS } },
  },
  { name: "machine type unknown", expect: "unknown", resource: { type: T, props: { machineType: unknown(), disks: DISKS } } },
]);
