import { fixtures, unknown } from "@rampart/policy-testing";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";

export default fixtures([
  {
    name: "trusted launch VM with secure boot and vTPM",
    expect: "pass",
    resource: {
      type: VM,
      props: { resourceGroupName: "rg", securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } },
    },
  },
  { name: "VM without a security type is not checked", expect: "pass", resource: { type: VM, props: { resourceGroupName: "rg" } } },
  {
    name: "trusted launch with default UEFI settings",
    expect: "pass",
    resource: { type: VM, props: { resourceGroupName: "rg", securityProfile: { securityType: "TrustedLaunch" } } },
  },
  {
    name: "trusted launch VM with secure boot off",
    expect: "violate",
    message: "securityProfile.uefiSettings.secureBootEnabled is false",
    resource: {
      type: VM,
      props: { resourceGroupName: "rg", securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: false, vTpmEnabled: true } } },
    },
  },
  {
    name: "confidential scale set with vTPM off",
    expect: "violate",
    message: "virtualMachineProfile.securityProfile.uefiSettings.vTpmEnabled is false",
    resource: {
      type: VMSS,
      props: {
        resourceGroupName: "rg",
        virtualMachineProfile: { securityProfile: { securityType: "ConfidentialVM", uefiSettings: { secureBootEnabled: true, vTpmEnabled: false } } },
      },
    },
  },
  {
    name: "secure boot unknown during preview",
    expect: "unknown",
    resource: {
      type: VM,
      props: { resourceGroupName: "rg", securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: unknown() } } },
    },
  },
  {
    name: "security type unknown with secure boot off",
    expect: "unknown",
    resource: { type: VM, props: { resourceGroupName: "rg", securityProfile: { securityType: unknown(), uefiSettings: { secureBootEnabled: false } } } },
  },
  {
    name: "a disk is not a VM",
    expect: "not-applicable",
    resource: { type: "azure-native:compute:Disk", props: { resourceGroupName: "rg", creationData: { createOption: "Empty" } } },
  },
]);
