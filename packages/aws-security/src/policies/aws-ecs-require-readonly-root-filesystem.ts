import { awsEcs } from "@rampart/policy-core";
import { reportContainers } from "../lib/ecs";
import { awsPolicy } from "../policy";

/**
 * Containers in `containerDefinitions` should set `readonlyRootFilesystem: true` (the default is false). `containerDefinitions` of `aws:ecs/taskDefinition:TaskDefinition` is a JSON string,
 * parsed with policy-core's `awsEcs.containerDefinitionsOf`.
 */
export default awsPolicy({
  name: "aws-ecs-require-readonly-root-filesystem",
  description: "ECS containers should have a read-only root filesystem.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `readonlyRootFilesystem: true` in each container definition and mount writable paths (e.g. /tmp) as volumes.",
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
  resourceTypes: awsEcs.TASK_DEFINITION_TYPES,
  validateResource: ({ props }, report) =>
    reportContainers(props, report, (c) =>
      c.readonlyRootFilesystem === true
        ? undefined
        : "does not set readonlyRootFilesystem: true, so the container can write to its root filesystem. Set readonlyRootFilesystem to true and mount writable volumes where needed.",
    ),
});
