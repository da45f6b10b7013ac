import { fixtures, unknown } from "@rampart/policy-testing";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";
const ssh = { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-rsa AAAAB3Nza" }] };
const vm = (linuxConfiguration: unknown) => ({ resourceGroupName: "rg", osProfile: { computerName: "vm1", adminUsername: "azureuser", linuxConfiguration } });

const UBUNTU = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const WINDOWS_SERVER = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2022-datacenter", version: "latest" };
/** A VM from a marketplace image with the given osProfile (no linuxConfiguration). */
const fromImage = (osProfile: Record<string, unknown>, imageReference: Record<string, unknown>) => ({
  resourceGroupName: "rg",
  osProfile,
  storageProfile: { imageReference },
});

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
  {
    name: "Ubuntu VM with an admin password and no linuxConfiguration (password sign-in by default)",
    expect: "violate",
    message: "osProfile.linuxConfiguration is not set on a Linux image and osProfile.adminPassword is",
    resource: {
      type: VM,
      props: fromImage({ computerName: "vm1", adminUsername: "azureuser", adminPassword: "Sup3r-secret-pw!" }, UBUNTU),
    },
  },
  {
    name: "scale set from a Linux OS disk with an admin password",
    expect: "violate",
    message: "virtualMachineProfile.osProfile.linuxConfiguration is not set on a Linux image",
    resource: {
      type: VMSS,
      props: {
        resourceGroupName: "rg",
        virtualMachineProfile: {
          osProfile: { adminUsername: "a", adminPassword: "pw-0123456789" },
          storageProfile: { osDisk: { osType: "Linux", createOption: "FromImage" } },
        },
      },
    },
  },
  {
    name: "Windows Server VM with an admin password is not checked",
    expect: "pass",
    resource: {
      type: VM,
      props: fromImage({ computerName: "w", adminUsername: "a", adminPassword: "pw-0123456789" }, WINDOWS_SERVER),
    },
  },
  {
    name: "Linux image without a password (key set later by an extension) is not a finding",
    expect: "pass",
    resource: { type: VM, props: fromImage({ computerName: "vm1", adminUsername: "a" }, { publisher: "Canonical" }) },
  },
  {
    name: "image publisher unknown during preview: no verdict",
    expect: "pass",
    resource: { type: VM, props: fromImage({ adminUsername: "a", adminPassword: "pw-0123456789" }, { publisher: unknown() }) },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: VM, props: vm({ disablePasswordAuthentication: unknown() }) } },
  {
    name: "a disk is not a VM",
    expect: "not-applicable",
    resource: { type: "azure-native:compute:Disk", props: { resourceGroupName: "rg", creationData: { createOption: "Empty" } } },
  },
]);
