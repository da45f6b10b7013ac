import { fixtures, unknown } from "@rampart/policy-testing";
import { instance, projectMetadata, projectMetadataItem } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "instance without the key (off by default)", expect: "pass", resource: instance() },
  { name: "instance with it off", expect: "pass", resource: instance({ metadata: { "serial-port-enable": "FALSE" } }) },
  {
    name: "serial port logging (not interactive access)",
    expect: "pass",
    resource: projectMetadata({ "serial-port-logging-enable": "TRUE", "enable-oslogin": "TRUE" }),
  },
  { name: "another item", expect: "pass", resource: projectMetadataItem("enable-oslogin", "TRUE") },
  {
    name: "instance with serial port on",
    expect: "violate",
    message: "metadata.serial-port-enable is TRUE on this instance",
    resource: instance({ metadata: { "serial-port-enable": "1" } }),
  },
  {
    name: "project metadata with serial port on",
    expect: "violate",
    message: "the project metadata",
    resource: projectMetadata({ "serial-port-enable": "true" }),
  },
  {
    name: "project item with serial port on",
    expect: "violate",
    message: "serial-port-enable project metadata item is TRUE",
    resource: projectMetadataItem("serial-port-enable", "TRUE"),
  },
  {
    name: "metadata value unknown during preview",
    expect: "unknown",
    resource: instance({ metadata: { "serial-port-enable": unknown() } }),
  },
  { name: "a disk is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/disk:Disk", props: { zone: "europe-west1-b" } } },
]);
