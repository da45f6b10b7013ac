import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot, requiredFlagFixtures } from "../lib/data.fixtures-kit";

export default requiredFlagFixtures({
  type: COSMOS,
  base: COSMOS_BASE,
  flag: "disableKeyBasedMetadataWriteAccess",
  on: "metadata writes through ARM only",
  defaults: "account with defaults",
  off: "key-based writes allowed",
  notApplicable: registryIsNot("a Cosmos DB account"),
});
