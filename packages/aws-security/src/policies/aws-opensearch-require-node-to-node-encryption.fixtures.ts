import { domainFlagFixtures } from "../lib/opensearch.fixtures-kit";

export default domainFlagFixtures("nodeToNodeEncryption", { absent: "nodeToNodeEncryption is not set", off: "nodeToNodeEncryption.enabled is false" });
