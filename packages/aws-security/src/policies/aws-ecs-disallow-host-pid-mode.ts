import { disallowHostMode } from "../lib/ecs";
import { awsPolicy } from "../policy";

/**
 * ECS task definitions must not share the host's process namespace (`pidMode: "host"`; valid
 * values host and task, ecs/taskDefinition.d.ts): containers could see and signal every process
 * on the instance.
 */
export default awsPolicy({
  name: "aws-ecs-disallow-host-pid-mode",
  description: "ECS task definitions must not share the host's process namespace (pidMode host).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove `pidMode: "host"`; use `pidMode: "task"` if containers of the task need to see each other\'s processes.',
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode",
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  validateResource: disallowHostMode("pidMode", 'pidMode is "host", so containers share the host\'s process namespace. Remove it or use "task".'),
});
