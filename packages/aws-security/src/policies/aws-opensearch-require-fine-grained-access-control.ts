import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";
import { requireTrue } from "../lib/flags";

/**
 * OpenSearch domains should enable fine-grained access control. Applies to `aws:opensearch/domain:Domain` and the legacy `aws:elasticsearch/domain:Domain` (same property
 * names). `advancedSecurityOptions.enabled` (types/input.d.ts `opensearch.DomainAdvancedSecurityOptions`) turns fine-grained access control on.
 */
export default awsPolicy({
  name: "aws-opensearch-require-fine-grained-access-control",
  description: "OpenSearch domains should enable fine-grained access control.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `advancedSecurityOptions: { enabled: true, ... }` with an IAM master user ARN or the internal user database (`internalUserDatabaseEnabled` with `masterUserOptions`); it requires HTTPS, node-to-node encryption and encryption at rest.",
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html",
  resourceTypes: DOMAIN_TYPES,
  validateResource: requireTrue({
    path: "advancedSecurityOptions.enabled",
    whenAbsent: "advancedSecurityOptions is not set, so fine-grained access control is off. Set advancedSecurityOptions.enabled to true.",
    message: "advancedSecurityOptions.enabled is false, so fine-grained access control is off. Set it to true.",
  }),
});
