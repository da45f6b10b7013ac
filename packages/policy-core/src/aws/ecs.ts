/**
 * Amazon ECS task definitions in @pulumi/aws 7: `containerDefinitions` of
 * `aws:ecs/taskDefinition:TaskDefinition` is a JSON string (an array of container definitions
 * as in the ECS RegisterTaskDefinition API, camelCase keys: `name`, `privileged`,
 * `readonlyRootFilesystem`, `environment` [{name, value}], `secrets` [{name, valueFrom}],
 * `logConfiguration` {logDriver, options}, `user`). Property names checked in
 * node_modules/@pulumi/aws/ecs/taskDefinition.d.ts and the ECS Developer Guide, "Task
 * definition parameters".
 */
import { containsUnknown, snapshot, Snapshot } from "../snapshot";
import { peek } from "../unknown";

/** Task definition type tokens (the daemon variant carries `containerDefinitions` too). */
export const TASK_DEFINITION_TYPES = ["aws:ecs/taskDefinition:TaskDefinition"] as const;

/** A container definition as plain data (fields are whatever the JSON holds). */
export type ContainerDefinition = { [key: string]: Snapshot };

/** Result of `containerDefinitionsOf`. */
export type ParsedContainers =
  { state: "absent" } | { state: "unknown" } | { state: "invalid"; error: string } | { state: "known"; containers: ContainerDefinition[] };

/**
 * Parses `containerDefinitions` of a task definition's props. Accepts the JSON string the
 * provider expects or an already-structured array. Never throws: an unknown value (or one with
 * unknown parts) gives `unknown`, unparseable JSON gives `invalid`.
 */
export function containerDefinitionsOf(props: unknown): ParsedContainers {
  const p = peek(props, "containerDefinitions");
  if (p.state === "absent") return { state: "absent" };
  if (p.state === "unknown") return { state: "unknown" };
  let v = snapshot(p.value);
  if (v === undefined || containsUnknown(v)) return { state: "unknown" };
  if (typeof v === "string") {
    try {
      v = JSON.parse(v) as Snapshot;
    } catch (e) {
      return { state: "invalid", error: (e as Error).message };
    }
  }
  if (!Array.isArray(v)) return { state: "invalid", error: "not a JSON array" };
  const containers: ContainerDefinition[] = [];
  for (const c of v) if (c && typeof c === "object" && !Array.isArray(c)) containers.push(c as ContainerDefinition);
  return { state: "known", containers };
}

/** `containerDefinitions[0] ("web")` for messages (the container's name, when it has one). */
export function containerLabel(c: ContainerDefinition, index: number): string {
  return typeof c.name === "string" ? `containerDefinitions[${index}] (${JSON.stringify(c.name)})` : `containerDefinitions[${index}]`;
}
