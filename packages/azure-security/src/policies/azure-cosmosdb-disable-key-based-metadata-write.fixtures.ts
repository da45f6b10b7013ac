import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { requiredFlagFixtures } from "../lib/flags.fixtures-kit";

export default requiredFlagFixtures({
  type: COSMOS,
  base: COSMOS_BASE,
  flag: "disableKeyBasedMetadataWriteAccess",
  on: "metadata writes through ARM only",
  defaults: "account with defaults",
  off: "key-based writes allowed",
  notApplicable: registryIsNot("a Cosmos DB account"),
});
