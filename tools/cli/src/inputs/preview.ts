/**
 * Reading `pulumi preview --json` output: `{"steps": [{op, urn, newState, oldState, ...}],
 * "changeSummary": {...}, ...}`. Each step's `newState` is a resource in state form (urn, custom,
 * type, inputs, outputs, parent, provider `<urn>::<id>`, dependencies, propertyDependencies);
 * values unknown during the preview carry the engine's unknown sentinel and secrets are
 * `{sig, ciphertext}` objects (blinded), which become secrets whose value is unknown.
 *
 * Resources that will exist after the update are checked, like the engine's analyzers see them
 * during `pulumi preview`: every op but the delete-like ones (`delete`, `delete-replaced`,
 * `discard`, `discard-replaced`, `remove-pending-replace`); for a replaced resource the last
 * step with a `newState` wins.
 */
import { InputError } from "../errors";
import type { CheckInput, ExportResource } from "./stack-export";
import { validateInputDocument } from "./schema";
import { fromStateResources } from "./stack-export";

const SKIP_OPS = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace", "refresh"]);

interface Step {
  op?: string;
  urn?: string;
  newState?: ExportResource;
}

/** Whether a parsed JSON value looks like `pulumi preview --json` output. */
export function isPreviewJson(doc: unknown): boolean {
  const d = doc as { steps?: unknown } | null;
  return !!d && typeof d === "object" && !Array.isArray(d) && "steps" in d && !("deployment" in d);
}

/**
 * Converts parsed preview JSON.
 * @throws InputError when the document does not match {@link PREVIEW_SCHEMA} (a step's newState
 *   without urn or type, a wrong-typed provider, ...).
 */
export function fromPreviewJson(doc: unknown, file: string): CheckInput {
  validateInputDocument("preview", doc, file);
  const steps = (doc as { steps: unknown[] }).steps;
  const byUrn = new Map<string, ExportResource>();
  steps.forEach((s, i) => {
    const step = s as Step;
    if (!step || typeof step !== "object") throw new InputError(`${file}: steps[${i}] is not an object`);
    if (SKIP_OPS.has(String(step.op))) return;
    const ns = step.newState;
    if (!ns) return;
    if (typeof ns.urn !== "string" || typeof ns.type !== "string") throw new InputError(`${file}: steps[${i}].newState has no urn or type`);
    byUrn.delete(ns.urn);
    byUrn.set(ns.urn, ns);
  });
  const first = (steps as Step[]).find((st) => typeof st?.urn === "string")?.urn ?? "";
  return fromStateResources("preview", [...byUrn.values()], first);
}
