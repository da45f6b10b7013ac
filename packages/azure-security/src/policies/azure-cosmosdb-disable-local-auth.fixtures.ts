import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { requiredTrueFixtures } from "../lib/flag.fixtures-kit";

export default requiredTrueFixtures({
  type: COSMOS,
  base: COSMOS_BASE,
  flag: "disableLocalAuth",
  on: "Entra ID only",
  defaults: "account with defaults",
  off: "keys explicitly allowed",
  notApplicable: registryIsNot("a Cosmos DB account"),
});
