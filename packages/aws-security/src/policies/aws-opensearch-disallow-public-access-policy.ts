import { awsResourcePolicy, peek, peekItems, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { DOMAIN_TYPES } from "../lib/opensearch";
import type { PolicyResource } from "@pulumi/policy";

const DOMAINS = DOMAIN_TYPES;
const POLICIES = ["aws:opensearch/domainPolicy:DomainPolicy", "aws:elasticsearch/domainPolicy:DomainPolicy"];

/** "yes" when the domain has VPC subnets, "no" when it has none, "unknown" during preview. */
function inVpc(domain: PolicyResource): "yes" | "no" | "unknown" {
  const subnets = peekItems<string>(domain.props, "vpcOptions.subnetIds");
  if (subnets.known.length) return "yes";
  if (subnets.unknown || peek(domain.props, "vpcOptions").state === "unknown") return "unknown";
  return "no";
}

/**
 * Domain access policies (`accessPolicies` on the domain or on a DomainPolicy, for OpenSearch and
 * legacy Elasticsearch) must not allow any principal without a restricting condition (an IP
 * condition such as aws:SourceIp counts as restricting) on a domain with a public endpoint. A
 * domain in a VPC is reachable only through its security groups, and AWS documents an open
 * access policy together with fine-grained access control for it, so VPC domains are skipped.
 * Stack policy: a DomainPolicy is linked to its domain through `domainName` (or its property
 * dependency during preview).
 */
export default awsPolicy({
  name: "aws-opensearch-disallow-public-access-policy",
  description: "OpenSearch domains with a public endpoint must not have an access policy that allows everyone.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the IAM roles or accounts that may use the domain in the access policy\'s Principal, or restrict `"*"` with an aws:SourceIp condition; better, move the domain into a VPC and enable fine-grained access control.',
  url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
  resourceTypes: [...DOMAINS, ...POLICIES],
  validateStack: ({ index }, report) => {
    const check = (holder: PolicyResource, vpc: "yes" | "no" | "unknown", where: string) => {
      if (vpc === "yes") return;
      const r = awsResourcePolicy.publicStatements(holder.props, "accessPolicies");
      if (r.public.length) {
        const what = r.public.map(awsResourcePolicy.statementLabel).join(", ");
        const text = msg`${where} accessPolicies ${what} allows any principal ("*") without a restricting condition on a domain with a public endpoint. Name the allowed principals or add an aws:SourceIp condition.`;
        if (vpc === "unknown") report.unknown(text, holder.urn);
        else report(text, holder.urn);
      } else if (r.unknown) {
        report.unknown(msg`${where}: the access policy is not known yet.`, holder.urn);
      }
    };
    for (const d of index.ofType(...DOMAINS)) check(d, inVpc(d), `Domain "${d.name}":`);
    const links = index.companions({ targetTypes: DOMAINS, companionTypes: POLICIES, linkProperty: "domainName", targetKeys: ["domainName", "id"] });
    for (const [urn, list] of links.byTarget) {
      const domain = index.get(urn);
      for (const p of list) check(p, domain ? inVpc(domain) : "unknown", `DomainPolicy "${p.name}":`);
    }
    // A policy for a domain outside this stack, or not resolvable yet: the domain's network is unknown.
    for (const p of [...links.unresolved, ...links.external]) check(p, "unknown", `DomainPolicy "${p.name}":`);
  },
});
