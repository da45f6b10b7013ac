import { forbidValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/**
 * ECS services and task sets should not assign public IP addresses to their tasks
 * (`networkConfiguration.assignPublicIp`, default false; ecs/service.d.ts, ecs/taskSet.d.ts).
 */
export default awsPolicy({
  name: "aws-ecs-disallow-public-ip",
  description: "ECS services and task sets should not assign public IP addresses to tasks.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `networkConfiguration.assignPublicIp: false` and run the tasks in private subnets; reach registries and AWS APIs through a NAT gateway or VPC endpoints, and expose the service through a load balancer.",
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html",
  resourceTypes: ["aws:ecs/service:Service", "aws:ecs/taskSet:TaskSet"],
  validateResource: forbidValue({
    path: "networkConfiguration.assignPublicIp",
    value: true,
    message: "networkConfiguration.assignPublicIp is true, so every task gets a public IP address. Set it to false and use private subnets.",
  }),
});
