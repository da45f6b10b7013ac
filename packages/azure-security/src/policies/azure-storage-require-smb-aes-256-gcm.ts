import { smbOnlyPolicy } from "../lib/storage";

/** SMB channel encryption should be AES-256-GCM only (`protocolSettings.smb.channelEncryption`; AES-128-CCM and AES-128-GCM are also allowed by default). */
export default smbOnlyPolicy({
  name: "azure-storage-require-smb-aes-256-gcm",
  description: "Azure Files should encrypt SMB channels with AES-256-GCM only.",
  severity: "low",
  setting: "channelEncryption",
  only: "AES-256-GCM",
  absent: 'protocolSettings.smb.channelEncryption is not set, so AES-128 channel encryption is accepted too. Set it to "AES-256-GCM".',
  bad: 'protocolSettings.smb.channelEncryption accepts algorithms weaker than AES-256-GCM. Set it to "AES-256-GCM".',
});
