import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";
import { peekForVerdict } from "../lib/read";

/**
 * OpenSearch domains must enforce HTTPS with a TLS 1.2+ security policy:
 * `domainEndpointOptions.enforceHttps` (defaults to true) and
 * `domainEndpointOptions.tlsSecurityPolicy` (types/input.d.ts `opensearch.DomainDomainEndpointOptions`;
 * values from the OpenSearch API reference DomainEndpointOptions: Policy-Min-TLS-1-0-2019-07,
 * Policy-Min-TLS-1-2-2019-07, Policy-Min-TLS-1-2-PFS-2023-10). An unset TLS policy leaves the
 * choice to AWS, which the provider does not track, so it is reported too.
 */
export default awsPolicy({
  name: "aws-opensearch-require-https-tls",
  description: "OpenSearch domains must enforce HTTPS with a TLS 1.2 (or newer) security policy.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }`.',
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html",
  resourceTypes: DOMAIN_TYPES,
  config: {
    allowedTlsPolicies: {
      type: "array",
      items: { type: "string" },
      description: "TLS security policies accepted for the domain endpoint.",
      default: ["Policy-Min-TLS-1-2-PFS-2023-10", "Policy-Min-TLS-1-2-2019-07"],
    },
  },
  validateResource: ({ props, config }, report) => {
    const https = peekForVerdict<boolean>(props, "domainEndpointOptions.enforceHttps");
    if (https.state === "known" && https.value === false) {
      report("domainEndpointOptions.enforceHttps is false, so the domain accepts plain HTTP. Set enforceHttps to true.");
    }
    const tls = peekForVerdict<string>(props, "domainEndpointOptions.tlsSecurityPolicy");
    if (tls.state === "absent") {
      report(
        msg`domainEndpointOptions.tlsSecurityPolicy is not set, so the minimum TLS version is left to the AWS default. Set it to "${config.allowedTlsPolicies[0] ?? "Policy-Min-TLS-1-2-PFS-2023-10"}".`,
      );
    } else if (tls.state === "known" && !config.allowedTlsPolicies.includes(tls.value)) {
      report(
        msg`domainEndpointOptions.tlsSecurityPolicy is ${JSON.stringify(tls.value)}, which allows TLS older than 1.2 or is not an accepted policy. Use "${config.allowedTlsPolicies[0] ?? "Policy-Min-TLS-1-2-PFS-2023-10"}".`,
      );
    }
  },
});
