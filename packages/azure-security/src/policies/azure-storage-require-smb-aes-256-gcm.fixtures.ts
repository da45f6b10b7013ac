import { smbOnlyFixtures } from "../lib/storage.fixtures-kit";

export default smbOnlyFixtures({
  setting: "channelEncryption",
  values: ["AES-256-GCM", "AES-128-GCM;AES-256-GCM"],
  names: ["AES-256-GCM only", "AES-128-GCM allowed", "file service with defaults", "channel encryption unknown during preview"],
  messages: ["weaker than AES-256-GCM", "channelEncryption is not set"],
});
