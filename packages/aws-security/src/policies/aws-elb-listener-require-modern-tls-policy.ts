import { awsElb, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * Default allowed security policies: the TLS 1.3 families that accept TLS 1.2 at the oldest
 * (ELBSecurityPolicy-TLS13-1-2-*, including -Res, -Ext1/-Ext2, FIPS and post-quantum variants) and
 * the TLS 1.3-only families. Names from the ELB user guides, "Security policies for your
 * Application / Network Load Balancer".
 */
export const DEFAULT_ALLOWED_SSL_POLICIES = ["ELBSecurityPolicy-TLS13-1-2-*", "ELBSecurityPolicy-TLS13-1-3-*"];

/**
 * HTTPS (ALB) and TLS (NLB) listeners must use a recommended security policy (`sslPolicy`). An
 * omitted `sslPolicy` means the API default ELBSecurityPolicy-2016-08 (TLS 1.0+), which is reported.
 */
export default awsPolicy({
  name: "aws-elb-listener-require-modern-tls-policy",
  description: "HTTPS and TLS load balancer listeners must use a modern TLS security policy (TLS 1.2 or later).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set sslPolicy to "ELBSecurityPolicy-TLS13-1-2-Res-2021-06" (or another ELBSecurityPolicy-TLS13-1-2-* / -1-3-* policy).',
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
  resourceTypes: awsElb.LISTENER_TYPES,
  config: {
    allowedPolicies: {
      type: "array",
      items: { type: "string" },
      description: "Allowed sslPolicy names; a trailing * matches a prefix.",
      default: DEFAULT_ALLOWED_SSL_POLICIES,
    },
  },
  validateResource: ({ props, config }, report) => {
    const proto = peekForVerdict<string>(props, "protocol");
    if (proto.state !== "known" || !["HTTPS", "TLS"].includes(String(proto.value).toUpperCase())) return;
    const policy = peekForVerdict<string>(props, "sslPolicy");
    const name = policy.state === "known" ? String(policy.value) : awsElb.API_DEFAULT_SSL_POLICY;
    if (awsElb.matchesName(name, config.allowedPolicies)) return;
    const what = policy.state === "known" ? msg`sslPolicy is "${name}"` : msg`sslPolicy is not set, so the listener uses "${name}"`;
    report(
      msg`${what}, which is not an allowed security policy (${(config.allowedPolicies as string[]).join(", ")}). Set sslPolicy to e.g. "ELBSecurityPolicy-TLS13-1-2-Res-2021-06".`,
    );
  },
});
