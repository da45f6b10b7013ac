import { azurePolicy } from "../policy";
import { checkSetting } from "../lib/settings";

/** SMB file shares should accept SMB 3.1.1 only (`protocolSettings.smb.versions`; every version by default). */
export default azurePolicy({
  name: "azure-storage-require-smb-3-1-1",
  description: "Azure Files should accept SMB protocol version 3.1.1 or later only.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `protocolSettings: { smb: { versions: "SMB3.1.1" } }` on the account\'s FileServiceProperties.',
  url: "https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol#smb-security-settings",
  resourceTypes: ["azure-native:storage:FileServiceProperties"],
  validateResource: ({ props }, report) => {
    const v = checkSetting<string>(
      props,
      "protocolSettings.smb.versions",
      (x) =>
        String(x)
          .split(";")
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean)
          .every((s) => s === "SMB3.1.1"),
      false,
    );
    if (v === "absent-bad")
      report('protocolSettings.smb.versions is not set, so SMB 2.1 and 3.0 are accepted too. Set protocolSettings.smb.versions to "SMB3.1.1".');
    if (v === "bad") report('protocolSettings.smb.versions accepts SMB versions older than 3.1.1. Set it to "SMB3.1.1".');
  },
});
