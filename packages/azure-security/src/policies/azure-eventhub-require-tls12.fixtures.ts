import { namespaceTlsFixtures } from "../lib/messaging.fixtures-kit";

export default namespaceTlsFixtures("eventhub");
