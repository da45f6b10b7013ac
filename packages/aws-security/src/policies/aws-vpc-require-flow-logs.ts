import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const VPC_TYPES = ["aws:ec2/vpc:Vpc", "aws:ec2/defaultVpc:DefaultVpc"];
const FLOW_LOG = "aws:ec2/flowLog:FlowLog";

/**
 * Every VPC of the stack should have a flow log (aws.ec2.FlowLog with `vpcId` linked to it by value
 * or property dependency) that records rejected traffic (`trafficType` ALL or REJECT).
 */
export default awsPolicy({
  name: "aws-vpc-require-flow-logs",
  description: "VPCs should have flow logs that capture at least rejected traffic.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Add an aws.ec2.FlowLog with vpcId set to the VPC\'s id, trafficType "ALL" (or "REJECT"), and a CloudWatch Logs or S3 destination.',
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
  resourceTypes: [...VPC_TYPES, FLOW_LOG],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: VPC_TYPES, companionTypes: [FLOW_LOG], linkProperty: "vpcId", targetKeys: ["id"] });
    for (const vpc of index.ofType(...VPC_TYPES)) {
      const logs = links.byTarget.get(vpc.urn) ?? [];
      const types = logs.map((l) => peek<string>(l.props, "trafficType"));
      if (types.some((t) => t.state === "known" && ["ALL", "REJECT"].includes(String(t.value).toUpperCase()))) continue;
      if (types.some((t) => t.state === "unknown")) {
        report.unknown(msg`VPC "${vpc.name}": the trafficType of its flow log is not known yet.`, vpc.urn);
        continue;
      }
      if (links.unresolved.length) continue; // a flow log whose VPC is not known yet might be this one's
      if (logs.length) {
        report(msg`VPC "${vpc.name}": its flow log records only accepted traffic (trafficType "ACCEPT"). Set trafficType to "ALL" or "REJECT".`, vpc.urn);
      } else {
        report(msg`VPC "${vpc.name}" has no flow log. Add an aws.ec2.FlowLog with vpcId set to this VPC and trafficType "ALL".`, vpc.urn);
      }
    }
  },
});
