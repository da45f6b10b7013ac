import { blobServiceFlagFixtures } from "../lib/storage.fixtures-kit";

export default blobServiceFlagFixtures({
  feature: "container soft delete",
  flag: "containerDeleteRetentionPolicy.enabled",
  on: { containerDeleteRetentionPolicy: { enabled: true, days: 7 } },
  off: { containerDeleteRetentionPolicy: { enabled: false } },
});
