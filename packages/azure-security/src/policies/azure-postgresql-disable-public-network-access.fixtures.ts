import { flexiblePublicAccessFixtures } from "../lib/servers.fixtures-kit";

export default flexiblePublicAccessFixtures("dbforpostgresql");
