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
  { name: "project metadata enables OS Login", expect: "pass", resource: { type: PM, props: { metadata: { "enable-oslogin": "TRUE" } } } },
  { name: "project metadata item enables OS Login", expect: "pass", resource: { type: PMI, props: { key: "enable-oslogin", value: "TRUE" } } },
  { name: "another project metadata item", expect: "pass", resource: { type: PMI, props: { key: "startup-script", value: "#!/bin/sh" } } },
  { name: "instance without the key inherits the project", expect: "pass", resource: { type: I, props: base } },
  { name: "instance that enables it", expect: "pass", resource: { type: I, props: { ...base, metadata: { "enable-oslogin": "true" } } } },
  {
    name: "project metadata without the key",
    expect: "violate",
    message: "metadata.enable-oslogin is not set (OS Login is off by default)",
    resource: { type: PM, props: { metadata: { "serial-port-logging-enable": "TRUE" } } },
  },
  {
    name: "project metadata item turning it off",
    expect: "violate",
    message: "enable-oslogin project metadata item is not TRUE",
    resource: { type: PMI, props: { key: "enable-oslogin", value: "FALSE" } },
  },
  {
    name: "instance that turns it off",
    expect: "violate",
    message: "metadata.enable-oslogin is FALSE on this instance",
    resource: { type: I, props: { ...base, metadata: { "enable-oslogin": "FALSE" } } },
  },
  { name: "item value unknown during preview", expect: "unknown", resource: { type: PMI, props: { key: "enable-oslogin", value: unknown() } } },
  { name: "project metadata unknown during preview", expect: "unknown", resource: { type: PM, props: { metadata: unknown() } } },
  { name: "a network is not metadata", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } } },
]);
