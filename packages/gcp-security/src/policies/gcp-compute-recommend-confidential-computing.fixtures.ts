import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:compute/instance:Instance";
const base = {
  zone: "europe-west1-b",
  bootDisk: { initializeParams: { image: "ubuntu-os-cloud/ubuntu-2204-lts" } },
  networkInterfaces: [{ subnetwork: "app" }],
};

export default fixtures([
  {
    name: "SEV instance",
    expect: "pass",
    resource: { type: I, props: { ...base, machineType: "n2d-standard-2", confidentialInstanceConfig: { confidentialInstanceType: "SEV" } } },
  },
  {
    name: "legacy enable flag",
    expect: "pass",
    resource: { type: I, props: { ...base, machineType: "n2d-standard-2", confidentialInstanceConfig: { enableConfidentialCompute: true } } },
  },
  {
    name: "no confidential config",
    expect: "violate",
    message: "confidentialInstanceConfig does not enable Confidential Computing",
    resource: { type: I, props: { ...base, machineType: "e2-medium" } },
  },
  {
    name: "explicitly off",
    expect: "violate",
    message: "not encrypted in use",
    resource: { type: I, props: { ...base, machineType: "n2d-standard-2", confidentialInstanceConfig: { enableConfidentialCompute: false } } },
  },
  {
    name: "type unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { ...base, machineType: "n2d-standard-2", confidentialInstanceConfig: { confidentialInstanceType: unknown() } } },
  },
  { name: "a disk is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/disk:Disk", props: { zone: "europe-west1-b" } } },
]);
