import { fixtures, unknown } from "@rampart/policy-testing";
import { projectMetadata, projectMetadataItem } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "project metadata without keys", expect: "pass", resource: projectMetadata({ "enable-oslogin": "TRUE" }) },
  { name: "another item", expect: "pass", resource: projectMetadataItem("enable-oslogin", "TRUE") },
  {
    name: "project-wide keys",
    expect: "violate",
    message: "metadata.ssh-keys is set in the project metadata",
    resource: projectMetadata({ "ssh-keys": "alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG alice" }),
  },
  {
    name: "project-wide keys as an item",
    expect: "violate",
    message: "item is ssh-keys",
    resource: projectMetadataItem("ssh-keys", "bob:ssh-rsa AAAAB3Nza bob"),
  },
  { name: "metadata unknown during preview", expect: "unknown", resource: projectMetadata(unknown()) },
  {
    name: "an instance is not project metadata",
    expect: "not-applicable",
    resource: { type: "gcp:compute/instance:Instance", props: { metadata: { "ssh-keys": "x" } } },
  },
]);
