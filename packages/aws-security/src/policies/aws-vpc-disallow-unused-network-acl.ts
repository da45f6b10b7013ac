import { peekItems, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const ACL = "aws:ec2/networkAcl:NetworkAcl";
const ASSOC = "aws:ec2/networkAclAssociation:NetworkAclAssociation";

/**
 * Network ACLs should be associated with a subnet: through `subnetIds` or an
 * aws.ec2.NetworkAclAssociation linked by `networkAclId` (value or property dependency).
 */
export default awsPolicy({
  name: "aws-vpc-disallow-unused-network-acl",
  description: "Network ACLs should be associated with at least one subnet (unused ACLs should be removed).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Associate the network ACL with its subnets (subnetIds or aws.ec2.NetworkAclAssociation), or delete it.",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/network-acls.html",
  resourceTypes: [ACL, ASSOC],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [ACL], companionTypes: [ASSOC], linkProperty: "networkAclId", targetKeys: ["id"] });
    for (const acl of index.ofType(ACL)) {
      const subnets = peekItems(acl.props, "subnetIds");
      if (subnets.unknown || subnets.known.length) continue;
      if ((links.byTarget.get(acl.urn) ?? []).length) continue;
      if (links.unresolved.length) {
        report.unknown(msg`Network ACL "${acl.name}" has no subnetIds; a NetworkAclAssociation whose ACL is not known yet may associate it.`, acl.urn);
        continue;
      }
      report(
        msg`Network ACL "${acl.name}" is associated with no subnet (subnetIds is empty and no NetworkAclAssociation is linked). Associate it or remove it.`,
        acl.urn,
      );
    }
  },
});
