import { smbOnlyPolicy } from "../lib/storage";

/** SMB file shares should accept SMB 3.1.1 only (`protocolSettings.smb.versions`; every version by default). */
export default smbOnlyPolicy({
  name: "azure-storage-require-smb-3-1-1",
  description: "Azure Files should accept SMB protocol version 3.1.1 or later only.",
  severity: "medium",
  setting: "versions",
  only: "SMB3.1.1",
  absent: 'protocolSettings.smb.versions is not set, so SMB 2.1 and 3.0 are accepted too. Set protocolSettings.smb.versions to "SMB3.1.1".',
  bad: 'protocolSettings.smb.versions accepts SMB versions older than 3.1.1. Set it to "SMB3.1.1".',
});
