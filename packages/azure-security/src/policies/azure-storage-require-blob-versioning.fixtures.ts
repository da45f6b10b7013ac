import { blobServiceFlagFixtures } from "../lib/storage.fixtures-kit";

export default blobServiceFlagFixtures({
  feature: "blob versioning",
  flag: "isVersioningEnabled",
  on: { isVersioningEnabled: true },
  off: { isVersioningEnabled: false },
});
