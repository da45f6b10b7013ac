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
  { name: "secure boot on, others by default", expect: "pass", resource: { type: I, props: { ...base, shieldedInstanceConfig: { enableSecureBoot: true } } } },
  {
    name: "all three on, template",
    expect: "pass",
    resource: {
      type: T,
      props: {
        machineType: "e2-small",
        disks: [{ sourceImage: "debian-cloud/debian-12" }],
        shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      },
    },
  },
  {
    name: "no shielded config (Secure Boot defaults to false)",
    expect: "violate",
    message: "shieldedInstanceConfig.enableSecureBoot is not set (the provider's default is false)",
    resource: { type: I, props: base },
  },
  {
    name: "vTPM off",
    expect: "violate",
    message: "shieldedInstanceConfig.enableVtpm is false",
    resource: { type: I, props: { ...base, shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: false } } },
  },
  {
    name: "integrity monitoring off",
    expect: "violate",
    message: "shieldedInstanceConfig.enableIntegrityMonitoring is false",
    resource: { type: I, props: { ...base, shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: false } } },
  },
  {
    name: "secure boot unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { ...base, shieldedInstanceConfig: { enableSecureBoot: unknown() } } },
  },
  { name: "a network is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: {} } },
]);
