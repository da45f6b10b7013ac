/**
 * Amazon OpenSearch Service domains in the AWS provider: `aws:opensearch/domain:Domain` and the
 * legacy `aws:elasticsearch/domain:Domain` take the same domain settings under the same property
 * names (types/input.d.ts `opensearch.Domain*` and `elasticsearch.Domain*`), so the domain
 * policies apply to both.
 */

/** The domain type tokens: OpenSearch and legacy Elasticsearch. */
export const DOMAIN_TYPES: readonly string[] = Object.freeze(["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"]);
