import { fixtures, unknown } from "@rampart/policy-testing";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";
const ssh = { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-rsa AAAAB3Nza" }] };
const vm = (linuxConfiguration: unknown) => ({ resourceGroupName: "rg", osProfile: { computerName: "vm1", adminUsername: "azureuser", linuxConfiguration } });

export default fixtures([
  { name: "Linux VM with SSH keys only", expect: "pass", resource: { type: VM, props: vm({ disablePasswordAuthentication: true, ssh }) } },
  {
    name: "Windows VM is not checked",
    expect: "pass",
    resource: { type: VM, props: { resourceGroupName: "rg", osProfile: { computerName: "w", adminUsername: "a", windowsConfiguration: {} } } },
  },
  {
    name: "scale set with SSH keys only",
    expect: "pass",
    resource: {
      type: VMSS,
      props: { resourceGroupName: "rg", virtualMachineProfile: { osProfile: { linuxConfiguration: { disablePasswordAuthentication: true, ssh } } } },
    },
  },
  {
    name: "Linux VM with password sign-in",
    expect: "violate",
    message: "osProfile.linuxConfiguration.disablePasswordAuthentication is false",
    resource: { type: VM, props: vm({ disablePasswordAuthentication: false }) },
  },
  {
    name: "Linux VM relying on the API default",
    expect: "violate",
    message: "disablePasswordAuthentication is not set: the API default is false",
    resource: { type: VM, props: vm({ ssh }) },
  },
  {
    name: "scale set with password sign-in",
    expect: "violate",
    message: "virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication is false",
    resource: {
      type: VMSS,
      props: { resourceGroupName: "rg", virtualMachineProfile: { osProfile: { linuxConfiguration: { disablePasswordAuthentication: false } } } },
    },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: VM, props: vm({ disablePasswordAuthentication: unknown() }) } },
  {
    name: "a disk is not a VM",
    expect: "not-applicable",
    resource: { type: "azure-native:compute:Disk", props: { resourceGroupName: "rg", creationData: { createOption: "Empty" } } },
  },
]);
