import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const T = "gcp:compute/instanceTemplate:InstanceTemplate";
const R = "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate";
const base = {
  machineType: "e2-medium",
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

export default fixtures([
  {
    name: "dedicated service account",
    expect: "pass",
    resource: { type: I, props: { ...base, serviceAccount: { email: "app@prod-123.iam.gserviceaccount.com", scopes: ["cloud-platform"] } } },
  },
  { name: "no service account at all", expect: "pass", resource: { type: I, props: base } },
  {
    name: "dedicated account unknown during preview counts as custom only when known",
    expect: "unknown",
    resource: { type: I, props: { ...base, serviceAccount: { email: unknown(), scopes: ["cloud-platform"] } } },
  },
  {
    name: "default compute service account by email",
    expect: "violate",
    message: "serviceAccount.email is the Compute Engine default service account",
    resource: { type: I, props: { ...base, serviceAccount: { email: "123456789012-compute@developer.gserviceaccount.com", scopes: ["cloud-platform"] } } },
  },
  {
    name: "template with serviceAccount but no email",
    expect: "violate",
    message: "this instance template",
    resource: {
      type: T,
      props: { machineType: "e2-small", disks: [{ sourceImage: "debian-cloud/debian-12" }], serviceAccount: { scopes: ["logging-write"] } },
    },
  },
  {
    name: "regional template with the default account",
    expect: "violate",
    message: "default",
    resource: {
      type: R,
      props: {
        machineType: "e2-small",
        region: "europe-west1",
        disks: [{ sourceImage: "debian-cloud/debian-12" }],
        serviceAccount: { email: "default", scopes: ["cloud-platform"] },
      },
    },
  },
  { name: "a disk is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/disk:Disk", props: { zone: "europe-west1-b", size: 10 } } },
]);
