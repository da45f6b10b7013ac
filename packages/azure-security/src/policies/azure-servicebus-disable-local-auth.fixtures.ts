import { localAuthFixtures } from "../lib/messaging.fixtures-kit";

export default localAuthFixtures("servicebus");
