import { fixtures, unknown } from "@rampart/policy-testing";
import { instance, instanceTemplate, projectMetadata } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "project keys blocked", expect: "pass", resource: instance({ metadata: { "block-project-ssh-keys": "TRUE" } }) },
  {
    name: "lower-case true",
    expect: "pass",
    resource: instanceTemplate({ metadata: { "block-project-ssh-keys": "true" } }),
  },
  { name: "no metadata (the default is off)", expect: "violate", message: "metadata.block-project-ssh-keys is not set", resource: instance() },
  {
    name: "explicitly off",
    expect: "violate",
    message: "is not TRUE",
    resource: instance({ metadata: { "block-project-ssh-keys": "FALSE" } }),
  },
  { name: "metadata unknown during preview", expect: "unknown", resource: instance({ metadata: unknown() }) },
  { name: "the key unknown during preview", expect: "unknown", resource: instance({ metadata: { "block-project-ssh-keys": unknown() } }) },
  {
    name: "project metadata is not a VM",
    expect: "not-applicable",
    resource: projectMetadata({ "enable-oslogin": "TRUE" }),
  },
]);
