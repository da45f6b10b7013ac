import { fixtures, unknown } from "@rampart/policy-testing";

const OS = "aws:opensearch/domain:Domain";
const ES = "aws:elasticsearch/domain:Domain";

export default fixtures([
  {
    name: "OpenSearch domain with the setting on",
    expect: "pass",
    resource: { type: OS, props: { engineVersion: "OpenSearch_2.13", nodeToNodeEncryption: { enabled: true } } },
  },
  {
    name: "legacy Elasticsearch domain with the setting on",
    expect: "pass",
    resource: { type: ES, props: { elasticsearchVersion: "7.10", nodeToNodeEncryption: { enabled: true } } },
  },
  {
    name: "setting not configured",
    expect: "violate",
    message: "nodeToNodeEncryption is not set",
    resource: { type: OS, props: { engineVersion: "OpenSearch_2.13" } },
  },
  {
    name: "setting off on a legacy domain",
    expect: "violate",
    message: "nodeToNodeEncryption.enabled is false",
    resource: { type: ES, props: { nodeToNodeEncryption: { enabled: false } } },
  },
  { name: "setting unknown during preview", expect: "unknown", resource: { type: OS, props: { nodeToNodeEncryption: { enabled: unknown() } } } },
  {
    name: "domain policy is not a domain",
    expect: "not-applicable",
    resource: { type: "aws:opensearch/domainPolicy:DomainPolicy", props: { domainName: "d", accessPolicies: "{}" } },
  },
]);
