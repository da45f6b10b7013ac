import { fixtures, unknown } from "@rampart/policy-testing";

const CLB = "aws:elb/loadBalancer:LoadBalancer";
const https = {
  instancePort: 8080,
  instanceProtocol: "http",
  lbPort: 443,
  lbProtocol: "https",
  sslCertificateId: "arn:aws:acm:us-east-1:111122223333:certificate/c",
};

export default fixtures([
  { name: "HTTPS listener", expect: "pass", resource: { type: CLB, props: { listeners: [https] } } },
  { name: "SSL listener", expect: "pass", resource: { type: CLB, props: { listeners: [{ ...https, lbProtocol: "SSL", instanceProtocol: "tcp" }] } } },
  {
    name: "HTTP listener",
    expect: "violate",
    message: 'listeners[1].lbProtocol is "http"',
    resource: { type: CLB, props: { listeners: [https, { instancePort: 80, instanceProtocol: "http", lbPort: 80, lbProtocol: "http" }] } },
  },
  {
    name: "TCP listener",
    expect: "violate",
    message: '"tcp"',
    resource: { type: CLB, props: { listeners: [{ instancePort: 5432, instanceProtocol: "tcp", lbPort: 5432, lbProtocol: "TCP" }] } },
  },
  { name: "protocol unknown during preview", expect: "unknown", resource: { type: CLB, props: { listeners: [{ ...https, lbProtocol: unknown() }] } } },
  { name: "ALB is not classic", expect: "not-applicable", resource: { type: "aws:lb/loadBalancer:LoadBalancer", props: {} } },
]);
