import { domainFlagFixtures } from "../lib/opensearch.fixtures-kit";

export default domainFlagFixtures("encryptAtRest", { absent: "encryptAtRest is not set", off: "encryptAtRest.enabled is false" });
