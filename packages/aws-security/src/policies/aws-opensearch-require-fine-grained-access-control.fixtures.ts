import { domainFlagFixtures } from "../lib/opensearch.fixtures-kit";

export default domainFlagFixtures("advancedSecurityOptions", { absent: "advancedSecurityOptions is not set", off: "advancedSecurityOptions.enabled is false" });
