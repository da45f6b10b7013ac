import { msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * Custom domain names of REST APIs must refuse TLS 1.0 and 1.1: `securityPolicy` must be
 * `TLS_1_2` or an enhanced policy for TLS 1.2+/1.3 (`SecurityPolicy_TLS12_*`,
 * `SecurityPolicy_TLS13_*`). `TLS_1_0` accepts TLS 1.0; when omitted, API Gateway chooses the
 * policy, so set it explicitly. (HTTP and WebSocket API domains only support TLS_1_2.)
 */
export default awsPolicy({
  name: "aws-apigateway-require-tls12-domain",
  description: "API Gateway custom domain names must use the TLS 1.2 (or newer) security policy.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Set securityPolicy to "TLS_1_2" (or an enhanced SecurityPolicy_TLS13_* policy) on aws.apigateway.DomainName.',
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
  resourceTypes: ["aws:apigateway/domainName:DomainName"],
  validateResource: ({ props }, report) => {
    const p = peekForVerdict<unknown>(props, "securityPolicy");
    if (p.state === "known" && typeof p.value === "string" && (p.value === "TLS_1_2" || /^SecurityPolicy_TLS1[23]_/i.test(p.value))) return;
    report(
      p.state === "known"
        ? msg`securityPolicy is ${JSON.stringify(p.value)}, which accepts TLS 1.0. Set securityPolicy to "TLS_1_2".`
        : 'securityPolicy is not set, so API Gateway picks the TLS policy (TLS 1.0 for many endpoint types). Set securityPolicy to "TLS_1_2".',
    );
  },
});
