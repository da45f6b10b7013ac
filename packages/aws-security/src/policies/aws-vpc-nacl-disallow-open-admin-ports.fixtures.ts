import { fixtures, unknown } from "@rampart/policy-testing";

const ACL = "aws:ec2/networkAcl:NetworkAcl";
const RULE = "aws:ec2/networkAclRule:NetworkAclRule";

export default fixtures([
  {
    name: "HTTPS from anywhere",
    expect: "pass",
    resource: {
      type: ACL,
      props: { vpcId: "vpc-1", ingress: [{ action: "allow", ruleNo: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" }] },
    },
  },
  {
    name: "all traffic allowed but SSH and RDP denied first",
    expect: "pass",
    resource: {
      type: ACL,
      props: {
        vpcId: "vpc-1",
        ingress: [
          { action: "allow", ruleNo: 200, protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" },
          { action: "deny", ruleNo: 100, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
          { action: "deny", ruleNo: 110, protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/0" },
        ],
      },
    },
  },
  {
    name: "egress rule resource is not ingress",
    expect: "pass",
    resource: {
      type: RULE,
      props: { networkAclId: "acl-1", ruleNumber: 100, egress: true, protocol: "tcp", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 22, toPort: 22 },
    },
  },
  {
    name: "allow all traffic from 0.0.0.0/0",
    expect: "violate",
    message: "ingress[0] (rule 100) allows 0.0.0.0/0 on administration ports 22, 3389",
    resource: {
      type: ACL,
      props: { vpcId: "vpc-1", ingress: [{ action: "allow", ruleNo: 100, protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }] },
    },
  },
  {
    name: "NetworkAclRule SSH from ::/0",
    expect: "violate",
    message: "rule 120 allows ::/0 on administration port 22",
    resource: {
      type: RULE,
      props: { networkAclId: "acl-1", ruleNumber: 120, protocol: "6", ruleAction: "allow", ipv6CidrBlock: "::/0", fromPort: 22, toPort: 22 },
    },
  },
  {
    name: "default network ACL allowing everything",
    expect: "violate",
    message: "allows 0.0.0.0/0",
    resource: {
      type: "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl",
      props: { defaultNetworkAclId: "acl-1", ingress: [{ action: "allow", ruleNo: 100, protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }] },
    },
  },
  {
    name: "IPv4 deny does not shadow an IPv6 allow",
    expect: "violate",
    message: "allows ::/0 on administration port 3389",
    resource: {
      type: ACL,
      props: {
        vpcId: "vpc-1",
        ingress: [
          { action: "deny", ruleNo: 10, protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/0" },
          { action: "allow", ruleNo: 20, protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlock: "::/0" },
        ],
      },
    },
  },
  {
    name: "a lower-numbered entry unknown during preview may deny first",
    expect: "unknown",
    resource: {
      type: ACL,
      props: {
        vpcId: "vpc-1",
        ingress: [
          { action: "deny", ruleNo: 50, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: unknown() },
          { action: "allow", ruleNo: 100, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
        ],
      },
    },
  },
  {
    name: "source unknown during preview",
    expect: "unknown",
    resource: {
      type: RULE,
      props: { networkAclId: "acl-1", ruleNumber: 100, protocol: "tcp", ruleAction: "allow", cidrBlock: unknown(), fromPort: 22, toPort: 22 },
    },
  },
  {
    name: "allow all with a deny entry unknown as a whole during preview",
    expect: "unknown",
    resource: {
      type: ACL,
      props: { vpcId: "vpc-1", ingress: [{ action: "allow", ruleNo: 200, protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }, unknown()] },
    },
  },
]);
