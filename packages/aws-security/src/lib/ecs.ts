/**
 * The container-definition prelude shared by the ECS task-definition policies: parse
 * `containerDefinitions` (a JSON string on aws.ecs.TaskDefinition) with `awsEcs.containerDefinitionsOf`
 * of @rampart/policy-core, hand an unknown value to `requireKnown`, and judge each container.
 */
import { awsEcs, msg, peek, requireKnown, type Report } from "@rampart/policy-core";

/**
 * The parsed container definitions of a task definition's `props`, or undefined when there are none
 * to judge (absent or unparsable). A value unknown during preview goes to `requireKnown` (the SDK's
 * preview advisory; it throws).
 */
export function knownContainers(props: unknown): awsEcs.ContainerDefinition[] | undefined {
  const parsed = awsEcs.containerDefinitionsOf(props);
  if (parsed.state === "unknown") requireKnown(props, "containerDefinitions");
  return parsed.state === "known" ? parsed.containers : undefined;
}

/**
 * Reports every container for which `problem` returns a message tail, as
 * `<container label> <tail>` (the label from `awsEcs.containerLabel`: its name, or its index).
 */
export function reportContainers(props: unknown, report: Report, problem: (c: awsEcs.ContainerDefinition) => string | undefined): void {
  knownContainers(props)?.forEach((c, i) => {
    const tail = problem(c);
    if (tail !== undefined) report(msg`${awsEcs.containerLabel(c, i)} ` + tail);
  });
}

/**
 * The `validateResource` of a policy that forbids a task-level namespace mode of "host"
 * (`networkMode`, `pidMode`; omitted means the provider's non-host default): reports `message`
 * when the property is known to be "host", and asks for a known value during preview.
 */
export function disallowHostMode(property: "networkMode" | "pidMode", message: string): (resource: { props: unknown }, report: Report) => void {
  return ({ props }, report) => {
    const mode = peek<string>(props, property);
    if (mode.state === "unknown") requireKnown(props, property);
    if (mode.state === "known" && mode.value === "host") report(message);
  };
}
