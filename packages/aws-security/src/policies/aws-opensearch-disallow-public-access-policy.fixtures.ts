import { fixtures, unknown } from "@rampart/policy-testing";
import { policyDocument as doc } from "../lib/public-statements.fixtures-kit";

const OS = "aws:opensearch/domain:Domain";
const DP = "aws:opensearch/domainPolicy:DomainPolicy";
const OPEN = doc([{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "arn:aws:es:us-east-1:111122223333:domain/logs/*" }]);

export default fixtures([
  {
    name: "public domain restricted to an IP range",
    expect: "pass",
    resources: [
      {
        type: OS,
        name: "logs",
        props: {
          domainName: "logs",
          accessPolicies: doc([
            { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } } },
          ]),
        },
      },
    ],
  },
  {
    name: "VPC domain with an open policy (fine-grained access control pattern)",
    expect: "pass",
    resources: [{ type: OS, name: "logs", props: { domainName: "logs", vpcOptions: { subnetIds: ["subnet-1"] }, accessPolicies: OPEN } }],
  },
  {
    name: "public domain open to everyone",
    expect: "violate",
    target: "logs",
    message: 'Domain "logs": accessPolicies Statement[0] allows any principal',
    resources: [{ type: OS, name: "logs", props: { domainName: "logs", accessPolicies: OPEN } }],
  },
  {
    name: "DomainPolicy opening a public legacy domain",
    expect: "violate",
    target: "logs-policy",
    message: 'DomainPolicy "logs-policy": accessPolicies Statement[0] allows any principal',
    resources: [
      { type: "aws:elasticsearch/domain:Domain", name: "logs", props: { domainName: "logs" } },
      { type: "aws:elasticsearch/domainPolicy:DomainPolicy", name: "logs-policy", props: { domainName: "logs", accessPolicies: OPEN } },
    ],
  },
  {
    name: "open DomainPolicy for a domain outside the stack",
    expect: "unknown",
    resources: [{ type: DP, name: "p", props: { domainName: "elsewhere", accessPolicies: OPEN } }],
  },
  {
    name: "access policy unknown during preview",
    expect: "unknown",
    resources: [{ type: OS, name: "logs", props: { domainName: "logs", accessPolicies: unknown() } }],
  },
]);
