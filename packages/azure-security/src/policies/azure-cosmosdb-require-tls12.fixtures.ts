import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";
import { minimumTlsFixtures } from "../lib/tls.fixtures-kit";

export default minimumTlsFixtures({
  type: COSMOS,
  base: COSMOS_BASE,
  path: "minimalTlsVersion",
  defaults: "account with defaults (Tls12)",
  versions: { v12: "Tls12", v10: "Tls", v11: "Tls11" },
  v12Name: "Tls12",
  notApplicable: registryIsNot("a Cosmos DB account"),
});
