/**
 * The bench's workload (tools/bench/src/workload.ts, engine-protocol objects) written as a real
 * `pulumi stack export` file, so that `rampart check` and the real CLI's
 * `pulumi policy analyze --file` read the same stack: deployment version 3; every resource with
 * `urn`, `custom`, `id` (custom resources), `type`, `inputs`, `outputs`, `parent`, `provider`
 * (`<provider-urn>::<provider-id>`, the provider resources themselves in the export before their
 * users), `dependencies` and `propertyDependencies`. Secret properties are written as an export
 * made with `--show-secrets` holds them: the secret signature with a JSON-encoded `plaintext`.
 * An export holds no unknown values (only previews do), and the workload has none.
 *
 * The resource type is the one `rampart check` reads exports with (tools/cli). Shapes follow pkg/resource/stack and sdk/go/common/apitype (ResourceV3, DeploymentV3) of the
 * Pulumi CLI; see /work/shared/pulumi-facts.md ("Files users have").
 */
import type { ExportResource } from "@rampart/cli/dist/inputs/stack-export";
import type { EngineResource } from "@rampart/policy-testing";
import { createHash } from "node:crypto";
import { asStackResource } from "./workload";

/** The signature key and value of a secret in wire/export form (sdk/go/common/resource/sig). */
export const SECRET_SIG = { key: "4dabf18193072939515e22adb298388d", value: "1b47061264138c4ac30d75fd1eb44270" } as const;

/** Property names the generator fills with passwords; the export stores them as secrets. */
export const SECRET_PROPERTIES: readonly string[] = ["password", "administratorLoginPassword", "masterPassword"];

/** A `pulumi stack export` document, version 3. */
export interface StackExport {
  version: 3;
  deployment: {
    manifest: { time: string; magic: string; version: string };
    resources: ExportResource[];
  };
}

/** A deterministic provider id shaped like the UUIDs the engine gives provider resources. */
export function providerId(urn: string): string {
  const h = createHash("sha256").update(urn).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `{sig: secret, plaintext: JSON}`: a decrypted secret as `pulumi stack export --show-secrets` writes it. */
export function exportSecret(value: unknown): Record<string, string> {
  return { [SECRET_SIG.key]: SECRET_SIG.value, plaintext: JSON.stringify(value) };
}

/** Drops undefined values (JSON has none) and wraps the secret properties (top level only). */
function exportProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    out[k] = SECRET_PROPERTIES.includes(k) ? exportSecret(v) : v;
  }
  return JSON.parse(JSON.stringify(out));
}

/** Packages whose resources the generator makes as custom resources (see workload.ts). */
const CLOUD_PACKAGES = /^(aws|azure-native|gcp):/;
const isProvider = (type: string) => type.startsWith("pulumi:providers:");

/**
 * Converts workload resources (registration order, as `generateWorkload` returns them) into a stack
 * export. Custom resources are the provider resources and those of the workload's provider packages
 * (aws, azure-native, gcp); the `pulumi:pulumi:Stack` root and component resources (`acme:web:Service`)
 * are not custom and have no id or provider;
 * outputs are what the workload's AnalyzeStack side sends (`asStackResource`: inputs plus `id` and,
 * for AWS, `arn`).
 *
 * @throws Error when a custom resource has no provider, or a parent, provider or dependency
 *   refers to a resource not registered before it (the engine rejects such a snapshot).
 */
export function toStackExport(resources: readonly EngineResource[], time = "2026-11-02T09:15:12.551Z"): StackExport {
  const seen = new Set<string>();
  const ids = new Map<string, string>();
  const known = (urn: string, what: string, of: string) => {
    if (!seen.has(urn)) throw new Error(`${of}: ${what} ${urn} is not registered before it`);
  };
  const out: ExportResource[] = [];
  for (const r of resources) {
    const custom = isProvider(r.type) || CLOUD_PACKAGES.test(r.type);
    const e: ExportResource = { urn: r.urn, custom, type: r.type };
    if (r.type === "pulumi:pulumi:Stack") {
      e.outputs = {};
    } else if (isProvider(r.type)) {
      const id = providerId(r.urn);
      ids.set(r.urn, id);
      e.id = id;
      e.inputs = exportProps(r.props);
      e.outputs = exportProps(r.props);
    } else if (custom) {
      const state = asStackResource(r);
      e.id = String(state.props.id);
      e.inputs = exportProps(r.props);
      e.outputs = exportProps(state.props);
    } else {
      e.inputs = {};
      e.outputs = {};
    }
    if (r.parent) {
      known(r.parent, "parent", r.urn);
      e.parent = r.parent;
    }
    if (custom && !isProvider(r.type)) {
      if (!r.provider) throw new Error(`${r.urn}: custom resource without a provider`);
      known(r.provider.urn, "provider", r.urn);
      e.provider = `${r.provider.urn}::${ids.get(r.provider.urn)}`;
    }
    for (const d of r.dependencies ?? []) known(d, "dependency", r.urn);
    e.dependencies = [...(r.dependencies ?? [])];
    e.propertyDependencies = {};
    for (const [k, ds] of Object.entries(r.propertyDependencies ?? {}) as [string, string[]][]) {
      for (const d of ds) known(d, "property dependency", r.urn);
      e.propertyDependencies[k] = [...ds];
    }
    seen.add(r.urn);
    out.push(e);
  }
  return {
    version: 3,
    deployment: {
      manifest: { time, magic: createHash("sha256").update("rampart-bench").digest("hex"), version: "v3.274.1" },
      resources: out,
    },
  };
}
