import { namespaceTlsPolicy } from "../lib/messaging";

/**
 * Event Hubs namespaces must require TLS 1.2 (`minimumTlsVersion`). Omitted, the service minimum of
 * 1.2 applies (TLS 1.0 and 1.1 are retired since 28 February 2025), so only an explicit 1.0/1.1 is
 * reported, as a stale value rather than a TLS 1.0 exposure.
 */
export default namespaceTlsPolicy("eventhub");
