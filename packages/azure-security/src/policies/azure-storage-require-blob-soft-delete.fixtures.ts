import { blobServiceFlagFixtures } from "../lib/storage.fixtures-kit";

export default blobServiceFlagFixtures({
  feature: "blob soft delete",
  flag: "deleteRetentionPolicy.enabled",
  on: { deleteRetentionPolicy: { enabled: true, days: 7 } },
  off: { deleteRetentionPolicy: { enabled: false } },
  fileStorage: true,
});
