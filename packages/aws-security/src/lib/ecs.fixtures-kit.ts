/**
 * Fixture builders for the ECS task-definition policies: an aws.ecs.TaskDefinition (family "app")
 * whose `containerDefinitions` is the JSON string the provider takes, and the cases every
 * container-definition policy has (definitions unknown during preview, a service is not a task
 * definition).
 */
import { unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";

/** aws.ecs.TaskDefinition. */
const TD = "aws:ecs/taskDefinition:TaskDefinition";

/**
 * A task definition of family "app": `containers` as a JSON string (an array), or as given (a wire
 * value such as `unknown()`, or a raw string); `extra` adds task-level properties (networkMode, ...).
 */
export function td(containers: unknown, extra: Record<string, unknown> = {}): FixtureResource {
  const containerDefinitions = Array.isArray(containers) ? JSON.stringify(containers) : containers;
  return { type: TD, props: { family: "app", containerDefinitions, ...extra } };
}

/** A task definition with one plain container (`web`, image nginx) and the task-level `extra`. */
function webTask(extra: Record<string, unknown> = {}): FixtureResource {
  return td([{ name: "web", image: "nginx" }], extra);
}

/**
 * The cases of a container-definition policy that do not depend on what it checks:
 * `containerDefinitions` unknown during preview is unknown; an aws.ecs.Service is not applicable.
 */
export function containerDefinitionCases(): Fixture[] {
  return [
    { name: "container definitions unknown during preview", expect: "unknown", resource: td(unknown()) },
    { name: "service is not a task definition", expect: "not-applicable", resource: { type: "aws:ecs/service:Service", props: {} } },
  ];
}

/** What `hostModeCases` needs: the task-level property, a passing value, the violation's message and another ECS type. */
export interface HostMode {
  /** `networkMode` or `pidMode`. */
  property: string;
  /** A value other than "host" that passes. */
  good: string;
  /** The message the "host" case's violation contains. */
  message: string;
  /** A resource type of ECS that is not applicable. */
  other: string;
}

/**
 * The case list of a policy that forbids `<property>: "host"` on a task definition (`webTask`),
 * named by `names`: the good value passes, the property not set passes, "host" violates, unknown
 * during preview is unknown, the `other` type is not applicable.
 */
export function hostModeCases(c: HostMode, names: readonly [good: string, notSet: string, host: string, unknown: string, other: string]): Fixture[] {
  const [good, notSet, host, unknownName, other] = names;
  return [
    { name: good, expect: "pass", resource: webTask({ [c.property]: c.good }) },
    { name: notSet, expect: "pass", resource: webTask() },
    { name: host, expect: "violate", message: c.message, resource: webTask({ [c.property]: "host" }) },
    { name: unknownName, expect: "unknown", resource: webTask({ [c.property]: unknown() }) },
    { name: other, expect: "not-applicable", resource: { type: c.other, props: {} } },
  ];
}
