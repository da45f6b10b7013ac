import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const T = "gcp:compute/instanceTemplate:InstanceTemplate";
const base = {
  machineType: "e2-medium",
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

export default fixtures([
  { name: "project keys blocked", expect: "pass", resource: { type: I, props: { ...base, metadata: { "block-project-ssh-keys": "TRUE" } } } },
  {
    name: "lower-case true",
    expect: "pass",
    resource: {
      type: T,
      props: { machineType: "e2-small", disks: [{ sourceImage: "debian-cloud/debian-12" }], metadata: { "block-project-ssh-keys": "true" } },
    },
  },
  { name: "no metadata (the default is off)", expect: "violate", message: "metadata.block-project-ssh-keys is not set", resource: { type: I, props: base } },
  {
    name: "explicitly off",
    expect: "violate",
    message: "is not TRUE",
    resource: { type: I, props: { ...base, metadata: { "block-project-ssh-keys": "FALSE" } } },
  },
  { name: "metadata unknown during preview", expect: "unknown", resource: { type: I, props: { ...base, metadata: unknown() } } },
  { name: "the key unknown during preview", expect: "unknown", resource: { type: I, props: { ...base, metadata: { "block-project-ssh-keys": unknown() } } } },
  {
    name: "project metadata is not a VM",
    expect: "not-applicable",
    resource: { type: "gcp:compute/projectMetadata:ProjectMetadata", props: { metadata: { "enable-oslogin": "TRUE" } } },
  },
]);
