import { fixtures, unknown } from "@rampart/policy-testing";

const PM = "gcp:compute/projectMetadata:ProjectMetadata";
const PMI = "gcp:compute/projectMetadataItem:ProjectMetadataItem";
const I = "gcp:compute/instance:Instance";
const base = {
  machineType: "e2-medium",
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "debian-cloud/debian-12" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

export default fixtures([
  { name: "instance without the key (off by default)", expect: "pass", resource: { type: I, props: base } },
  { name: "instance with it off", expect: "pass", resource: { type: I, props: { ...base, metadata: { "serial-port-enable": "FALSE" } } } },
  {
    name: "serial port logging (not interactive access)",
    expect: "pass",
    resource: { type: PM, props: { metadata: { "serial-port-logging-enable": "TRUE", "enable-oslogin": "TRUE" } } },
  },
  { name: "another item", expect: "pass", resource: { type: PMI, props: { key: "enable-oslogin", value: "TRUE" } } },
  {
    name: "instance with serial port on",
    expect: "violate",
    message: "metadata.serial-port-enable is TRUE on this instance",
    resource: { type: I, props: { ...base, metadata: { "serial-port-enable": "1" } } },
  },
  {
    name: "project metadata with serial port on",
    expect: "violate",
    message: "the project metadata",
    resource: { type: PM, props: { metadata: { "serial-port-enable": "true" } } },
  },
  {
    name: "project item with serial port on",
    expect: "violate",
    message: "serial-port-enable project metadata item is TRUE",
    resource: { type: PMI, props: { key: "serial-port-enable", value: "TRUE" } },
  },
  {
    name: "metadata value unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { ...base, metadata: { "serial-port-enable": unknown() } } },
  },
  { name: "a disk is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/disk:Disk", props: { zone: "europe-west1-b" } } },
]);
