/**
 * JSON schemas (draft-07) of the JSON inputs `rampart check` reads, so a malformed file is refused
 * with one line naming the property (`deployment.resources[3].provider must be string`) instead of
 * failing later inside a conversion. They describe only what rampart reads, from the Pulumi CLI's
 * apitype (sdk/go/common/apitype/core.go: `UntypedDeployment`, `DeploymentV3`, `ResourceV3`;
 * `pulumi preview --json` steps: `PreviewStep` with `newState`/`oldState` as `ResourceV3`);
 * other properties are allowed and ignored.
 */
import type { ValidateFunction } from "ajv";
import { firstError, newAjv } from "../ajv";
import { InputError } from "../errors";

const stringList = { type: "array", items: { type: "string" } } as const;

/** A resource in state (`ResourceV3`), as far as rampart reads it. */
export const STATE_RESOURCE_SCHEMA = {
  type: "object",
  required: ["urn", "type"],
  properties: {
    urn: { type: "string", minLength: 1 },
    type: { type: "string", minLength: 1 },
    custom: { type: "boolean" },
    id: { type: "string" },
    inputs: { type: ["object", "null"] },
    outputs: { type: ["object", "null"] },
    parent: { type: "string" },
    provider: { type: "string" },
    dependencies: { type: ["array", "null"], items: { type: "string" } },
    propertyDependencies: { type: ["object", "null"], additionalProperties: stringList },
    protect: { type: "boolean" },
    delete: { type: "boolean" },
    external: { type: "boolean" },
    pendingReplacement: { type: "boolean" },
  },
} as const;

/** `pulumi stack export`: `{version: 3, deployment: {resources: [...]}}`. */
export const STACK_EXPORT_SCHEMA = {
  type: "object",
  required: ["version", "deployment"],
  properties: {
    version: { type: "integer" },
    deployment: {
      type: "object",
      properties: {
        manifest: { type: "object" },
        resources: { type: "array", items: STATE_RESOURCE_SCHEMA },
        pending_operations: { type: ["array", "null"] },
      },
    },
  },
} as const;

/** `pulumi preview --json`: `{steps: [{op, urn, newState?, oldState?}], ...}`. */
export const PREVIEW_SCHEMA = {
  type: "object",
  required: ["steps"],
  properties: {
    steps: {
      type: "array",
      items: {
        type: "object",
        properties: {
          op: { type: "string" },
          urn: { type: "string" },
          provider: { type: "string" },
          newState: STATE_RESOURCE_SCHEMA,
          oldState: STATE_RESOURCE_SCHEMA,
        },
      },
    },
  },
} as const;

let compiled: { exp: ValidateFunction; preview: ValidateFunction } | undefined;

/**
 * Checks a parsed stack export or preview document against its schema.
 * @throws InputError `<file>: <path> <problem>` for the first violation.
 */
export function validateInputDocument(kind: "stack-export" | "preview", doc: unknown, file: string): void {
  if (!compiled) {
    const ajv = newAjv();
    compiled = { exp: ajv.compile(STACK_EXPORT_SCHEMA), preview: ajv.compile(PREVIEW_SCHEMA) };
  }
  const validate = kind === "stack-export" ? compiled.exp : compiled.preview;
  if (!validate(doc)) {
    const what = kind === "stack-export" ? "stack export" : "'pulumi preview --json' output";
    throw new InputError(`${file}: ${firstError(validate.errors)} (malformed ${what})`);
  }
}
