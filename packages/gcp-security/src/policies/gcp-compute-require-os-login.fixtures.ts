import { fixtures, unknown } from "@rampart/policy-testing";
import { instance, projectMetadata, projectMetadataItem } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "project metadata enables OS Login", expect: "pass", resource: projectMetadata({ "enable-oslogin": "TRUE" }) },
  { name: "project metadata item enables OS Login", expect: "pass", resource: projectMetadataItem("enable-oslogin", "TRUE") },
  { name: "another project metadata item", expect: "pass", resource: projectMetadataItem("startup-script", "#!/bin/sh") },
  { name: "instance without the key inherits the project", expect: "pass", resource: instance() },
  { name: "instance that enables it", expect: "pass", resource: instance({ metadata: { "enable-oslogin": "true" } }) },
  {
    name: "project metadata without the key",
    expect: "violate",
    message: "metadata.enable-oslogin is not set (OS Login is off by default)",
    resource: projectMetadata({ "serial-port-logging-enable": "TRUE" }),
  },
  {
    name: "project metadata item turning it off",
    expect: "violate",
    message: "enable-oslogin project metadata item is not TRUE",
    resource: projectMetadataItem("enable-oslogin", "FALSE"),
  },
  {
    name: "instance that turns it off",
    expect: "violate",
    message: "metadata.enable-oslogin is FALSE on this instance",
    resource: instance({ metadata: { "enable-oslogin": "FALSE" } }),
  },
  { name: "item value unknown during preview", expect: "unknown", resource: projectMetadataItem("enable-oslogin", unknown()) },
  { name: "project metadata unknown during preview", expect: "unknown", resource: projectMetadata(unknown()) },
  { name: "a network is not metadata", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: { autoCreateSubnetworks: false } } },
]);
