import { smbOnlyFixtures } from "../lib/storage.fixtures-kit";

export default smbOnlyFixtures({
  setting: "versions",
  values: ["SMB3.1.1", "SMB3.0;SMB3.1.1"],
  names: ["SMB 3.1.1 only", "SMB 3.0 and 3.1.1", "file service with defaults (all versions)", "versions unknown during preview"],
  messages: ["older than 3.1.1", "protocolSettings.smb.versions is not set"],
});
