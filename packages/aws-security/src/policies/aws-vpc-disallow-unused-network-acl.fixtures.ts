import { fixtures, unknown } from "@rampart/policy-testing";

const ACL = "aws:ec2/networkAcl:NetworkAcl";
const ASSOC = "aws:ec2/networkAclAssociation:NetworkAclAssociation";

export default fixtures([
  { name: "ACL with subnetIds", expect: "pass", resources: [{ type: ACL, name: "acl", props: { vpcId: "vpc-1", subnetIds: ["subnet-1"] } }] },
  {
    name: "ACL with an association linked by dependency",
    expect: "pass",
    resources: [
      { type: ACL, name: "acl", props: { vpcId: "vpc-1" } },
      { type: ASSOC, name: "assoc", props: { networkAclId: unknown(), subnetId: "subnet-1" }, propertyDependencies: { networkAclId: ["acl"] } },
    ],
  },
  {
    name: "ACL with no subnets",
    expect: "violate",
    target: "acl",
    message: 'Network ACL "acl" is associated with no subnet',
    resources: [{ type: ACL, name: "acl", props: { vpcId: "vpc-1" } }],
  },
  { name: "subnetIds unknown during preview", expect: "pass", resources: [{ type: ACL, name: "acl", props: { vpcId: "vpc-1", subnetIds: unknown() } }] },
  {
    name: "association for an ACL elsewhere",
    expect: "violate",
    target: "acl",
    resources: [
      { type: ACL, name: "acl", props: { id: "acl-1", vpcId: "vpc-1" } },
      { type: ASSOC, name: "assoc", props: { networkAclId: "acl-other", subnetId: "subnet-1" } },
    ],
  },
  {
    name: "association whose ACL is unknown during preview",
    expect: "unknown",
    resources: [
      { type: ACL, name: "acl", props: { vpcId: "vpc-1" } },
      { type: ASSOC, name: "assoc", props: { networkAclId: unknown(), subnetId: "subnet-1" } },
    ],
  },
]);
