import { fixtures, unknown } from "@rampart/policy-testing";
import { instance, instanceTemplate } from "../lib/compute.fixtures-kit";

export default fixtures([
  { name: "secure boot on, others by default", expect: "pass", resource: instance({ shieldedInstanceConfig: { enableSecureBoot: true } }) },
  {
    name: "all three on, template",
    expect: "pass",
    resource: instanceTemplate({ shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true } }),
  },
  {
    name: "no shielded config (Secure Boot defaults to false)",
    expect: "violate",
    message: "shieldedInstanceConfig.enableSecureBoot is not set (the provider's default is false)",
    resource: instance(),
  },
  {
    name: "vTPM off",
    expect: "violate",
    message: "shieldedInstanceConfig.enableVtpm is false",
    resource: instance({ shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: false } }),
  },
  {
    name: "integrity monitoring off",
    expect: "violate",
    message: "shieldedInstanceConfig.enableIntegrityMonitoring is false",
    resource: instance({ shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: false } }),
  },
  {
    name: "secure boot unknown during preview",
    expect: "unknown",
    resource: instance({ shieldedInstanceConfig: { enableSecureBoot: unknown() } }),
  },
  { name: "a network is not a VM", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: {} } },
]);
