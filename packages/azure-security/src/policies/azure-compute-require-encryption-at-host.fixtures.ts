import { fixtures, unknown } from "@rampart/policy-testing";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";

export default fixtures([
  {
    name: "VM with encryption at host",
    expect: "pass",
    resource: { type: VM, props: { resourceGroupName: "rg", securityProfile: { encryptionAtHost: true } } },
  },
  {
    name: "scale set with encryption at host",
    expect: "pass",
    resource: { type: VMSS, props: { resourceGroupName: "rg", virtualMachineProfile: { securityProfile: { encryptionAtHost: true } } } },
  },
  {
    name: "VM with defaults",
    expect: "violate",
    message: "securityProfile.encryptionAtHost is not set",
    resource: { type: VM, props: { resourceGroupName: "rg" } },
  },
  {
    name: "scale set with encryption at host off",
    expect: "violate",
    message: "virtualMachineProfile.securityProfile.encryptionAtHost is false",
    resource: { type: VMSS, props: { resourceGroupName: "rg", virtualMachineProfile: { securityProfile: { encryptionAtHost: false } } } },
  },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resource: { type: VM, props: { resourceGroupName: "rg", securityProfile: { encryptionAtHost: unknown() } } },
  },
  { name: "whole security profile unknown", expect: "unknown", resource: { type: VM, props: { resourceGroupName: "rg", securityProfile: unknown() } } },
  {
    name: "a disk is not a VM",
    expect: "not-applicable",
    resource: { type: "azure-native:compute:Disk", props: { resourceGroupName: "rg", creationData: { createOption: "Empty" } } },
  },
  {
    name: "flexible scale set without a VM profile (VMs attached separately) is not checked",
    expect: "pass",
    resource: { type: VMSS, props: { resourceGroupName: "rg", orchestrationMode: "Flexible", platformFaultDomainCount: 1 } },
  },
]);
