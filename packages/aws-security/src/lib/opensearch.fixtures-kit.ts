/**
 * Fixture builder for the OpenSearch policies that require one `<block>.enabled` flag of a domain
 * (encryptAtRest, nodeToNodeEncryption, advancedSecurityOptions): the same six cases on
 * `aws:opensearch/domain:Domain` and the legacy `aws:elasticsearch/domain:Domain`, which share
 * these property names (types/input.d.ts `opensearch.Domain*` and `elasticsearch.Domain*`).
 */
import { type Fixture, fixtures, unknown } from "@rampart/policy-testing";

/** The current OpenSearch domain type token. */
const OS = "aws:opensearch/domain:Domain";
/** The legacy Elasticsearch domain type token (same property names). */
const ES = "aws:elasticsearch/domain:Domain";

/** The message substrings the violate cases of `domainFlagFixtures` expect. */
export interface DomainFlagMessages {
  /** Expected when the block is omitted, e.g. "encryptAtRest is not set". */
  readonly absent: string;
  /** Expected when `<block>.enabled` is false, e.g. "encryptAtRest.enabled is false". */
  readonly off: string;
}

/**
 * The standard cases of a "`<block>.enabled` must be true" domain policy: on (OpenSearch and
 * legacy Elasticsearch) passes, an omitted block and a false flag violate, an unknown flag is
 * unknown, and a domain policy resource is not applicable.
 */
export function domainFlagFixtures(block: string, messages: DomainFlagMessages): Fixture[] {
  const on = { [block]: { enabled: true } };
  return fixtures([
    { name: "OpenSearch domain with the setting on", expect: "pass", resource: { type: OS, props: { engineVersion: "OpenSearch_2.13", ...on } } },
    { name: "legacy Elasticsearch domain with the setting on", expect: "pass", resource: { type: ES, props: { elasticsearchVersion: "7.10", ...on } } },
    { name: "setting not configured", expect: "violate", message: messages.absent, resource: { type: OS, props: { engineVersion: "OpenSearch_2.13" } } },
    { name: "setting off on a legacy domain", expect: "violate", message: messages.off, resource: { type: ES, props: { [block]: { enabled: false } } } },
    { name: "setting unknown during preview", expect: "unknown", resource: { type: OS, props: { [block]: { enabled: unknown() } } } },
    {
      name: "domain policy is not a domain",
      expect: "not-applicable",
      resource: { type: "aws:opensearch/domainPolicy:DomainPolicy", props: { domainName: "d", accessPolicies: "{}" } },
    },
  ]);
}
