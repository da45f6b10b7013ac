import { fixtures, unknown } from "@rampart/policy-testing";

const PM = "gcp:compute/projectMetadata:ProjectMetadata";
const PMI = "gcp:compute/projectMetadataItem:ProjectMetadataItem";

export default fixtures([
  { name: "project metadata without keys", expect: "pass", resource: { type: PM, props: { metadata: { "enable-oslogin": "TRUE" } } } },
  { name: "another item", expect: "pass", resource: { type: PMI, props: { key: "enable-oslogin", value: "TRUE" } } },
  {
    name: "project-wide keys",
    expect: "violate",
    message: "metadata.ssh-keys is set in the project metadata",
    resource: { type: PM, props: { metadata: { "ssh-keys": "alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG alice" } } },
  },
  {
    name: "project-wide keys as an item",
    expect: "violate",
    message: "item is ssh-keys",
    resource: { type: PMI, props: { key: "ssh-keys", value: "bob:ssh-rsa AAAAB3Nza bob" } },
  },
  { name: "metadata unknown during preview", expect: "unknown", resource: { type: PM, props: { metadata: unknown() } } },
  {
    name: "an instance is not project metadata",
    expect: "not-applicable",
    resource: { type: "gcp:compute/instance:Instance", props: { metadata: { "ssh-keys": "x" } } },
  },
]);
