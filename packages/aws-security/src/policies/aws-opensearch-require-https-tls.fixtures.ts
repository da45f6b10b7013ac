import { fixtures, unknown } from "@rampart/policy-testing";

const OS = "aws:opensearch/domain:Domain";
const ES = "aws:elasticsearch/domain:Domain";

export default fixtures([
  {
    name: "HTTPS with the PFS TLS 1.2 policy",
    expect: "pass",
    resource: { type: OS, props: { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" } } },
  },
  {
    name: "legacy domain with TLS 1.2 (enforceHttps default)",
    expect: "pass",
    resource: { type: ES, props: { domainEndpointOptions: { tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } } },
  },
  {
    name: "TLS 1.0 policy",
    expect: "violate",
    message: 'tlsSecurityPolicy is "Policy-Min-TLS-1-0-2019-07"',
    resource: { type: OS, props: { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-0-2019-07" } } },
  },
  {
    name: "HTTPS not enforced",
    expect: "violate",
    message: "enforceHttps is false",
    resource: { type: OS, props: { domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } } },
  },
  {
    name: "no endpoint options",
    expect: "violate",
    message: "tlsSecurityPolicy is not set",
    resource: { type: OS, props: { engineVersion: "OpenSearch_2.13" } },
  },
  {
    name: "only the PFS policy accepted by config",
    expect: "violate",
    config: { allowedTlsPolicies: ["Policy-Min-TLS-1-2-PFS-2023-10"] },
    message: 'tlsSecurityPolicy is "Policy-Min-TLS-1-2-2019-07"',
    resource: { type: OS, props: { domainEndpointOptions: { tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" } } },
  },
  {
    name: "TLS policy unknown during preview",
    expect: "unknown",
    resource: { type: OS, props: { domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: unknown() } } },
  },
  { name: "VPC endpoint is not a domain", expect: "not-applicable", resource: { type: "aws:opensearch/vpcEndpoint:VpcEndpoint", props: {} } },
]);
