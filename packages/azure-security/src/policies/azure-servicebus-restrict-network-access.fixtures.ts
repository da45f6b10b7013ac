import { namespaceNetworkFixtures } from "../lib/messaging.fixtures-kit";

export default namespaceNetworkFixtures("servicebus");
