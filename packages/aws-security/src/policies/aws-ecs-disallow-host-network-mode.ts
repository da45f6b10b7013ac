import { disallowHostMode } from "../lib/ecs";
import { awsPolicy } from "../policy";

/**
 * ECS task definitions should not use `networkMode: "host"`: containers then share the host's
 * network stack, bypass task-level security groups, and can reach services bound to the host.
 * `networkMode` is one of none, bridge, awsvpc, host (ecs/taskDefinition.d.ts).
 */
export default awsPolicy({
  name: "aws-ecs-disallow-host-network-mode",
  description: "ECS task definitions should not use the host network mode.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `networkMode: "awsvpc"` (required on Fargate) so each task gets its own network interface and security groups, or "bridge" on EC2.',
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  validateResource: disallowHostMode(
    "networkMode",
    'networkMode is "host", so containers share the host\'s network namespace. Use "awsvpc" (or "bridge" on EC2).',
  ),
});
