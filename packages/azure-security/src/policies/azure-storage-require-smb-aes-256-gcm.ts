import { azurePolicy } from "../policy";
import { checkSetting } from "../lib/settings";

/** SMB channel encryption should be AES-256-GCM only (`protocolSettings.smb.channelEncryption`; AES-128-CCM and AES-128-GCM are also allowed by default). */
export default azurePolicy({
  name: "azure-storage-require-smb-aes-256-gcm",
  description: "Azure Files should encrypt SMB channels with AES-256-GCM only.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `protocolSettings: { smb: { channelEncryption: "AES-256-GCM" } }` on the account\'s FileServiceProperties.',
  url: "https://learn.microsoft.com/en-us/azure/storage/files/files-smb-protocol#smb-security-settings",
  resourceTypes: ["azure-native:storage:FileServiceProperties"],
  validateResource: ({ props }, report) => {
    const v = checkSetting<string>(
      props,
      "protocolSettings.smb.channelEncryption",
      (x) =>
        String(x)
          .split(";")
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean)
          .every((s) => s === "AES-256-GCM"),
      false,
    );
    if (v === "absent-bad")
      report('protocolSettings.smb.channelEncryption is not set, so AES-128 channel encryption is accepted too. Set it to "AES-256-GCM".');
    if (v === "bad") report('protocolSettings.smb.channelEncryption accepts algorithms weaker than AES-256-GCM. Set it to "AES-256-GCM".');
  },
});
