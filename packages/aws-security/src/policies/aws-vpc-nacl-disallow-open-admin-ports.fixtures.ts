import { fixtures, unknown } from "@rampart/policy-testing";
import { acl, aclRule, allowAll, entry } from "../lib/network-acl.fixtures-kit";

const ANY4 = { cidrBlock: "0.0.0.0/0" };

export default fixtures([
  { name: "HTTPS from anywhere", expect: "pass", resource: acl(entry("allow", 100, "tcp", 443, ANY4)) },
  {
    name: "all traffic allowed but SSH and RDP denied first",
    expect: "pass",
    resource: acl(allowAll(200), entry("deny", 100, "tcp", 22, ANY4), entry("deny", 110, "tcp", 3389, ANY4)),
  },
  {
    name: "egress rule resource is not ingress",
    expect: "pass",
    resource: aclRule({ ruleNumber: 100, egress: true, protocol: "tcp", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 22, toPort: 22 }),
  },
  {
    name: "allow all traffic from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0] (rule 100) allows 0.0.0.0/0 on administration ports 22, 3389",
    resource: acl(allowAll(100)),
  },
  {
    name: "NetworkAclRule SSH from ::/0",
    expect: "violate",
    message: "rule 120 allows ::/0 on administration port 22",
    resource: aclRule({ ruleNumber: 120, protocol: "6", ruleAction: "allow", ipv6CidrBlock: "::/0", fromPort: 22, toPort: 22 }),
  },
  {
    name: "default network ACL allowing everything",
    expect: "violate",
    message: "allows 0.0.0.0/0",
    resource: { type: "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl", props: { defaultNetworkAclId: "acl-1", ingress: [allowAll(100)] } },
  },
  {
    name: "IPv4 deny does not shadow an IPv6 allow",
    expect: "violate",
    message: "allows ::/0 on administration port 3389",
    resource: acl(entry("deny", 10, "tcp", 3389, ANY4), entry("allow", 20, "tcp", 3389, { ipv6CidrBlock: "::/0" })),
  },
  {
    name: "a lower-numbered entry unknown during preview may deny first",
    expect: "unknown",
    resource: acl(entry("deny", 50, "tcp", 22, { cidrBlock: unknown() }), entry("allow", 100, "tcp", 22, ANY4)),
  },
  {
    name: "source unknown during preview",
    expect: "unknown",
    resource: aclRule({ ruleNumber: 100, protocol: "tcp", ruleAction: "allow", cidrBlock: unknown(), fromPort: 22, toPort: 22 }),
  },
  { name: "allow all with a deny entry unknown as a whole during preview", expect: "unknown", resource: acl(allowAll(200), unknown()) },
]);
