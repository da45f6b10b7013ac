import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";
import { requireTrue } from "../lib/flags";

/**
 * OpenSearch domains must be encrypted at rest. Applies to `aws:opensearch/domain:Domain` and the legacy `aws:elasticsearch/domain:Domain` (same property
 * names). `encryptAtRest.enabled` defaults to false when the block is absent (types/input.d.ts `opensearch.DomainEncryptAtRest`).
 */
export default awsPolicy({
  name: "aws-opensearch-require-encryption-at-rest",
  description: "OpenSearch domains must be encrypted at rest.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `encryptAtRest: { enabled: true }` (optionally `kmsKeyId` for a customer managed key). On older domains this needs a blue/green update or a new domain.",
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
  resourceTypes: DOMAIN_TYPES,
  validateResource: requireTrue({
    path: "encryptAtRest.enabled",
    whenAbsent: "encryptAtRest is not set, so the domain's data is not encrypted at rest (the default is off). Set encryptAtRest.enabled to true.",
    message: "encryptAtRest.enabled is false. Set it to true.",
  }),
});
