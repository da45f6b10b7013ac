import { fixtures, unknown } from "@rampart/policy-testing";

const CLB = "aws:elb/loadBalancer:LoadBalancer";
const l = { instancePort: 8080, instanceProtocol: "http", lbPort: 443, lbProtocol: "https" };

export default fixtures([
  {
    name: "ACM certificate",
    expect: "pass",
    resource: { type: CLB, props: { listeners: [{ ...l, sslCertificateId: "arn:aws:acm:us-east-1:111122223333:certificate/abc" }] } },
  },
  {
    name: "HTTP listener without certificate",
    expect: "pass",
    resource: { type: CLB, props: { listeners: [{ instancePort: 80, instanceProtocol: "http", lbPort: 80, lbProtocol: "http" }] } },
  },
  {
    name: "IAM server certificate",
    expect: "violate",
    message: "listeners[0].sslCertificateId is not an ACM certificate ARN",
    resource: { type: CLB, props: { listeners: [{ ...l, sslCertificateId: "arn:aws:iam::111122223333:server-certificate/site" }] } },
  },
  { name: "certificate unknown during preview", expect: "unknown", resource: { type: CLB, props: { listeners: [{ ...l, sslCertificateId: unknown() }] } } },
  { name: "ALB listeners are another type", expect: "not-applicable", resource: { type: "aws:lb/listener:Listener", props: {} } },
]);
