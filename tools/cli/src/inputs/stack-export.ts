/**
 * Reading a `pulumi stack export` file (deployment version 3) into the resources the engine would
 * hand to analyzers, with the semantics of `pulumi policy analyze --file`: resource policies get
 * each custom resource's `inputs`, stack policies its `outputs`; providers resolved from the
 * `provider` reference `<provider-urn>::<provider-id>`.
 */
import type { EngineProvider, EngineResource } from "@rampart/engine-client";
import { InputError } from "../errors";
import { validateInputDocument } from "./schema";
import { toWire } from "./wire";

/** What a check needs from an input: resources for Analyze and for AnalyzeStack, and the stack. */
export interface CheckInput {
  kind: "stack-export" | "preview" | "yaml-program" | "nodejs-program" | "python-program";
  /** Every resource the engine analyzes (custom, component, provider, stack), with inputs, for Analyze (resource policies). */
  resources: EngineResource[];
  /** How many of `resources` are custom resources (not the stack, components or providers): an input with none has nothing to check. */
  customResources: number;
  /** Every resource with outputs, for AnalyzeStack (stack policies). */
  stackResources: EngineResource[];
  stack: string;
  project: string;
  organization?: string;
  /**
   * Where each resource is defined, by URN: YAML programs the resource's line in Pulumi.yaml; JSON
   * inputs the line of the resource's first `"urn"` in the file; programs the entry file.
   */
  locations?: Map<string, { file: string; line?: number }>;
  /** Programs: components whose children rampart could not see offline (component providers, Helm). */
  unexpandedComponents?: UnexpandedComponent[];
  /** Programs: resources the program only reads (not analyzed by resource policies, as in the engine). */
  reads?: number;
}

/** A component registered by a program whose children were not built offline (`awsx:ec2:Vpc`). */
export interface UnexpandedComponent {
  type: string;
  name: string;
  urn: string;
}

/** A resource as Pulumi state records it (stack exports, preview steps' newState). */
export interface ExportResource {
  urn: string;
  custom?: boolean;
  id?: string;
  type: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  parent?: string;
  provider?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  protect?: boolean;
  delete?: boolean;
  pendingReplacement?: boolean;
  ignoreChanges?: string[];
  additionalSecretOutputs?: string[];
  aliases?: string[];
  customTimeouts?: { create?: number; update?: number; delete?: number };
}

/** Whether a parsed JSON value is a stack export. */
export function isStackExport(doc: unknown): boolean {
  // By its keys, so a malformed export (`"deployment": []`) is refused as one, not taken for another kind.
  return !!doc && typeof doc === "object" && !Array.isArray(doc) && "deployment" in doc;
}

function nameOf(urn: string): string {
  return urn.split("::").slice(3).join("::");
}

/** stack/project from a URN `urn:pulumi:<stack>::<project>::...`. */
export function stackOfUrn(urn: string): { stack: string; project: string } {
  const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
  return { stack: m?.[1] ?? "stack", project: m?.[2] ?? "project" };
}

/**
 * Converts a parsed stack export.
 * @throws InputError when it is not a deployment version 3 export or does not match
 *   {@link STACK_EXPORT_SCHEMA} (a resource without urn, a `provider` that is not a string, ...).
 */
export function fromStackExport(doc: unknown, file: string): CheckInput {
  const d = doc as { version?: unknown; deployment?: { resources?: unknown } };
  if (!isStackExport(doc)) throw new InputError(`${file} is not a stack export (expected {"version": 3, "deployment": {...}} from 'pulumi stack export')`);
  validateInputDocument("stack-export", doc, file);
  // Version 4 is what the CLI writes when a deployment uses a newer feature (hooks, views, taint, ...);
  // the engine reads 3 and 4 (pkg/resource/stack/deployment.go DeploymentSchemaVersionLatest).
  if (d.version !== 3 && d.version !== 4) {
    throw new InputError(
      `${file} is a deployment version ${String(d.version)} export; rampart reads versions 3 and 4 ('pulumi stack export' from Pulumi CLI 3.x)`,
    );
  }
  const raw = d.deployment?.resources ?? [];
  if (!Array.isArray(raw)) throw new InputError(`${file}: deployment.resources is not a list`);
  const list = raw as ExportResource[];
  list.forEach((r, i) => {
    if (!r || typeof r !== "object" || typeof r.urn !== "string" || typeof r.type !== "string") {
      throw new InputError(`${file}: deployment.resources[${i}] has no urn or type`);
    }
  });
  // Resources pending deletion are not analyzed, but the provider map keeps them (buildSnapshotProviderMap).
  return fromStateResources(
    "stack-export",
    list.filter((r) => !r.delete),
    "",
    list,
  );
}

/**
 * The engine's view of live state resources, as pkg/resource/deploy/analyze_snapshot.go (Pulumi CLI
 * v3.274) builds it: every resource — custom, component, provider and the stack itself — with its
 * inputs for Analyze; every resource with its outputs for AnalyzeStack (a stack export: outputs only,
 * as `pulumi policy analyze` sends them; a preview or program: inputs where no outputs exist yet);
 * dependencies unfiltered; resource options protect, ignoreChanges, additionalSecretOutputs, aliases,
 * customTimeouts and parent; providers resolved from `<provider-urn>::<id>` references; stack and
 * project from the stack resource's URN.
 */
export function fromStateResources(
  kind: CheckInput["kind"],
  live: readonly ExportResource[],
  fallbackUrn = "",
  all: readonly ExportResource[] = live,
): CheckInput {
  const providers = new Map(all.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => [r.urn, r]));
  // One converted provider per provider resource, shared by every resource it serves (a stack has
  // a few providers and many resources: a copy per resource would hold its inputs thousands of times).
  const converted = new Map<string, EngineProvider>();
  const providerOf = (ref: string | undefined): EngineProvider | undefined => {
    // `<provider-urn>::<provider-id>` (sdk/go/common/providers ParseReference); anything else names no provider.
    const i = ref ? ref.lastIndexOf("::") : -1;
    if (!ref || i <= 0) return undefined;
    const urn = ref.slice(0, i);
    const p = providers.get(urn);
    if (!p) return undefined;
    let out = converted.get(urn);
    if (!out) converted.set(urn, (out = { type: p.type, name: nameOf(p.urn), urn: p.urn, props: toWire(p.inputs ?? {}) as Record<string, unknown> }));
    return out;
  };
  const convert = (r: ExportResource, props: Record<string, unknown> | undefined): EngineResource => ({
    type: r.type,
    name: nameOf(r.urn),
    urn: r.urn,
    props: toWire(props ?? {}) as Record<string, unknown>,
    provider: providerOf(r.provider),
    parent: r.parent,
    dependencies: r.dependencies ?? [],
    propertyDependencies: r.propertyDependencies ?? {},
    options: {
      protect: !!r.protect,
      parent: r.parent,
      ignoreChanges: r.ignoreChanges,
      additionalSecretOutputs: r.additionalSecretOutputs,
      aliases: r.aliases,
      customTimeouts: r.customTimeouts,
    },
  });
  const stackRes = live.find((r) => r.type === "pulumi:pulumi:Stack");
  const { stack, project } = stackOfUrn(stackRes?.urn ?? live[0]?.urn ?? fallbackUrn);
  return {
    kind,
    resources: live.map((r) => convert(r, r.inputs)),
    customResources: live.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")).length,
    stackResources: live.map((r) => convert(r, kind === "stack-export" || (r.outputs && Object.keys(r.outputs).length) ? r.outputs : r.inputs)),
    stack,
    project,
  };
}
