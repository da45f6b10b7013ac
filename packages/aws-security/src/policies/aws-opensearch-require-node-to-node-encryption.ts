import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";
import { requireTrue } from "../lib/flags";

/**
 * OpenSearch domains must encrypt traffic between nodes. Applies to `aws:opensearch/domain:Domain` and the legacy `aws:elasticsearch/domain:Domain` (same property
 * names). `nodeToNodeEncryption.enabled` defaults to false when the block is absent (types/input.d.ts `opensearch.DomainNodeToNodeEncryption`).
 */
export default awsPolicy({
  name: "aws-opensearch-require-node-to-node-encryption",
  description: "OpenSearch domains must encrypt traffic between nodes.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `nodeToNodeEncryption: { enabled: true }` (needs OpenSearch or Elasticsearch 6.0+).",
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
  resourceTypes: DOMAIN_TYPES,
  validateResource: requireTrue({
    path: "nodeToNodeEncryption.enabled",
    whenAbsent: "nodeToNodeEncryption is not set, so traffic between nodes is not encrypted (the default is off). Set nodeToNodeEncryption.enabled to true.",
    message: "nodeToNodeEncryption.enabled is false. Set it to true.",
  }),
});
