import { awsEcs } from "@rampart/policy-core";
import { reportContainers } from "../lib/ecs";
import { awsPolicy } from "../policy";

/**
 * Containers in `containerDefinitions` should set `logConfiguration.logDriver`. `containerDefinitions` of `aws:ecs/taskDefinition:TaskDefinition` is a JSON string,
 * parsed with policy-core's `awsEcs.containerDefinitionsOf`.
 */
export default awsPolicy({
  name: "aws-ecs-require-container-logging",
  description: "ECS containers should have a logging configuration.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `logConfiguration` in each container definition, e.g. `{ logDriver: "awslogs", options: { "awslogs-group": ..., "awslogs-region": ..., "awslogs-stream-prefix": ... } }` or FireLens (`awsfirelens`).',
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
  resourceTypes: awsEcs.TASK_DEFINITION_TYPES,
  validateResource: ({ props }, report) =>
    reportContainers(props, report, (c) =>
      c.logConfiguration && typeof c.logConfiguration === "object" && !Array.isArray(c.logConfiguration) && typeof c.logConfiguration.logDriver === "string"
        ? undefined
        : 'has no logConfiguration.logDriver, so its output is not collected. Set logConfiguration (e.g. logDriver "awslogs").',
    ),
});
