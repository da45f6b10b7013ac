import { definePolicy, peek, requireKnown } from "@rampart/policy-core";
import { controlsFor } from "../controls";

/**
 * ECS task definitions must not share the host's process namespace (`pidMode: "host"`; valid
 * values host and task, ecs/taskDefinition.d.ts): containers could see and signal every process
 * on the instance.
 */
export default definePolicy({
  name: "aws-ecs-disallow-host-pid-mode",
  description: "ECS task definitions must not share the host's process namespace (pidMode host).",
  cloud: "aws",
  service: "ecs",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove `pidMode: "host"`; use `pidMode: "task"` if containers of the task need to see each other\'s processes.',
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode",
  controls: controlsFor("aws-ecs-disallow-host-pid-mode"),
  resourceTypes: ["aws:ecs/taskDefinition:TaskDefinition"],
  validateResource: ({ props }, report) => {
    const mode = peek<string>(props, "pidMode");
    if (mode.state === "unknown") requireKnown(props, "pidMode");
    if (mode.state === "known" && mode.value === "host") {
      report('pidMode is "host", so containers share the host\'s process namespace. Remove it or use "task".');
    }
  },
});
