import { fixtures, unknown } from "@rampart/policy-testing";

const D = "aws:apigateway/domainName:DomainName";
const cert = "arn:aws:acm:eu-west-1:111122223333:certificate/abc";

export default fixtures([
  { name: "TLS 1.2", expect: "pass", resource: { type: D, props: { domainName: "api.example.com", regionalCertificateArn: cert, securityPolicy: "TLS_1_2" } } },
  {
    name: "enhanced TLS 1.3 policy",
    expect: "pass",
    resource: {
      type: D,
      props: { domainName: "api.example.com", regionalCertificateArn: cert, securityPolicy: "SecurityPolicy_TLS13_1_3_2025_09", endpointAccessMode: "STRICT" },
    },
  },
  {
    name: "TLS 1.0",
    expect: "violate",
    message: 'securityPolicy is "TLS_1_0"',
    resource: { type: D, props: { domainName: "api.example.com", regionalCertificateArn: cert, securityPolicy: "TLS_1_0" } },
  },
  {
    name: "policy omitted",
    expect: "violate",
    message: "securityPolicy is not set",
    resource: { type: D, props: { domainName: "api.example.com", certificateArn: cert } },
  },
  {
    name: "policy unknown",
    expect: "unknown",
    resource: { type: D, props: { domainName: "api.example.com", regionalCertificateArn: cert, securityPolicy: unknown() } },
  },
]);
