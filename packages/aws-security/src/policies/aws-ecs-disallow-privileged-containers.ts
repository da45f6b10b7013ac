import { awsEcs } from "@rampart/policy-core";
import { reportContainers } from "../lib/ecs";
import { awsPolicy } from "../policy";

/**
 * Containers in `containerDefinitions` must not set `privileged: true` (root on the host). `containerDefinitions` of `aws:ecs/taskDefinition:TaskDefinition` is a JSON string,
 * parsed with policy-core's `awsEcs.containerDefinitionsOf`.
 */
export default awsPolicy({
  name: "aws-ecs-disallow-privileged-containers",
  description: "ECS containers must not run in privileged mode.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `privileged: true` from the container definition; grant only the Linux capabilities the container needs with `linuxParameters.capabilities.add`.",
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
  resourceTypes: awsEcs.TASK_DEFINITION_TYPES,
  validateResource: ({ props }, report) =>
    reportContainers(props, report, (c) =>
      c.privileged === true
        ? "sets privileged: true, which gives the container root access to the host. Remove privileged and add only the capabilities it needs."
        : undefined,
    ),
});
