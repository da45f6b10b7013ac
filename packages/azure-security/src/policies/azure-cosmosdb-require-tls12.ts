import { azurePolicy } from "../policy";
import { checkValue } from "../lib/checks";
import { tls12OrNewer } from "../lib/tls";
import { COSMOS } from "../lib/data";

/** Cosmos DB accounts must require TLS 1.2 (`minimalTlsVersion`; the default is Tls12, so only Tls/Tls11 is reported). */
export default azurePolicy({
  name: "azure-cosmosdb-require-tls12",
  description: "Cosmos DB accounts must require TLS 1.2 or newer.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `minimalTlsVersion: "Tls12"` or remove it (Tls12 is the default).',
  url: "https://learn.microsoft.com/en-us/azure/cosmos-db/self-serve-minimum-tls-enforcement",
  resourceTypes: [COSMOS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, { path: "minimalTlsVersion", ok: tls12OrNewer, bad: 'clients may connect with TLS 1.0 or 1.1. Set "Tls12".' });
  },
});
