import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { requiredTrueFixtures } from "../lib/flag.fixtures-kit";

export default requiredTrueFixtures({
  type: COSMOS,
  base: COSMOS_BASE,
  flag: "disableKeyBasedMetadataWriteAccess",
  on: "metadata writes through ARM only",
  defaults: "account with defaults",
  off: "key-based writes allowed",
  notApplicable: registryIsNot("a Cosmos DB account"),
});
