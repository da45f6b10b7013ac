/**
 * The fixture model: per policy, resources with the expected outcome.
 *
 * Outcomes, judged on the policy's diagnostics with the policy forced to `mandatory` (so a
 * mandatory result from an unknown value cannot hide behind an advisory default):
 * - `pass`: no diagnostic;
 * - `violate`: at least one mandatory diagnostic whose message matches `message` (and names
 *   `target` for stack policies);
 * - `unknown`: the value cannot be known during preview: only an advisory saying so (the SDK's
 *   "can't run policy ... during preview" or rampart's "can't be checked during preview"), never
 *   a mandatory violation;
 * - `advisory`: only advisory findings (`report.advisory`, e.g. "region cannot be determined"),
 *   matching `message` when given, never mandatory;
 * - `not-applicable`: no diagnostic, and the resource's type is not one the policy applies to.
 */
import type { PolicySetting, RampartPolicy } from "@rampart/policy-core";
import type { AnalyzeOutcome, EngineResource, EngineResourceOptions } from "@rampart/engine-client";
import { isPreviewAdvisory, makeUrn, SECRET_SIG, secret, SIG_KEY, UNKNOWN_WIRE } from "@rampart/engine-client";
import { jsonParts } from "@rampart/policy-core";

/** A resource in a fixture. Property values are in wire form (see `unknown()` and `secret()`). */
export interface FixtureResource {
  /** Type token, e.g. `aws:s3/bucket:Bucket`. */
  type: string;
  /** Logical name; default `example` (stack fixtures: give each resource its own). */
  name?: string;
  props: Record<string, unknown>;
  /**
   * The provider resource. Default: the default provider `pulumi:providers:<package>` named
   * `default` with no properties. `null` sends none (as for provider resources themselves).
   */
  provider?: { type?: string; name?: string; props: Record<string, unknown> } | null;
  /** Name of the parent resource among the fixture's resources. */
  parent?: string;
  /** Names of resources this one depends on. */
  dependsOn?: string[];
  /** Property → names of the resources its value came from. */
  propertyDependencies?: Record<string, string[]>;
  options?: EngineResourceOptions;
}

/** Expected outcome of a fixture. */
export type Expectation = "pass" | "violate" | "unknown" | "advisory" | "not-applicable";

/** One case for one policy. */
export interface Fixture {
  /** What the case shows, e.g. "bucket with acl public-read". */
  name: string;
  expect: Expectation;
  /** For `violate`: text (substring) or pattern the violation message must contain. */
  message?: string | RegExp;
  /** For stack `violate`: name of the resource the violation must point at. */
  target?: string;
  /** A resource policy's resource. */
  resource?: FixtureResource;
  /** A stack policy's resources. */
  resources?: FixtureResource[];
  /** Config values for the policy in this case (non-default limits). */
  config?: Record<string, unknown>;
  /** Stack tags for this case (ConfigureStack). */
  stackTags?: Record<string, string>;
}

/** Identity helper that types a fixture list. */
export function fixtures(list: Fixture[]): Fixture[] {
  return list;
}

function providerFor(type: string): { type: string; name: string; props: Record<string, unknown> } | undefined {
  if (type.startsWith("pulumi:")) return undefined;
  const pkg = type.split(":")[0];
  return { type: `pulumi:providers:${pkg}`, name: "default", props: {} };
}

/** Converts a fixture's resources to engine resources (URNs, providers, dependencies by name). */
export function toEngineResources(fx: Fixture): EngineResource[] {
  const list = fx.resources ?? (fx.resource ? [fx.resource] : []);
  const byName = new Map<string, FixtureResource>();
  for (const r of list) byName.set(r.name ?? "example", r);
  const urnOf = (name: string): string => {
    const r = byName.get(name);
    if (!r) throw new Error(`fixture "${fx.name}": no resource named "${name}"`);
    const parent = r.parent ? byName.get(r.parent) : undefined;
    return makeUrn(r.type, name, parent?.type);
  };
  return list.map((r) => {
    const name = r.name ?? "example";
    const p = r.provider === null ? undefined : r.provider ? { ...providerFor(r.type), ...r.provider } : providerFor(r.type);
    const provider = p ? { type: p.type ?? `pulumi:providers:${r.type.split(":")[0]}`, name: p.name ?? "default", props: p.props, urn: "" } : undefined;
    if (provider) provider.urn = makeUrn(provider.type, provider.name);
    return {
      type: r.type,
      name,
      urn: urnOf(name),
      props: r.props,
      provider,
      parent: r.parent ? urnOf(r.parent) : undefined,
      dependencies: (r.dependsOn ?? []).map(urnOf),
      propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(urnOf)])),
      options: r.options,
    };
  });
}

/** The setting a fixture runs with: forced mandatory plus the fixture's config. */
export function fixtureSetting(fx: Fixture): PolicySetting<any> {
  return { enforcementLevel: "mandatory", ...(fx.config ?? {}) };
}

/** The SDK's preview advisory, or rampart's own (`report.unknown`). */

/** Judges an outcome against a fixture. Returns `undefined` when it holds, else why not. */
export function judge(policy: RampartPolicy, fx: Fixture, outcome: AnalyzeOutcome, resources: EngineResource[]): string | undefined {
  const mine = outcome.diagnostics.filter((d) => d.policyName === policy.name);
  const describe = () => JSON.stringify(mine.map((d) => ({ level: d.enforcementLevel, message: d.message, urn: d.urn })));
  const mandatory = mine.filter((d) => d.enforcementLevel === "mandatory");
  switch (fx.expect) {
    case "pass":
      return mine.length === 0 ? undefined : `expected no violation, got ${describe()}`;
    case "not-applicable": {
      if (mine.length) return `expected not applicable, got ${describe()}`;
      const types = new Set(resources.map((r) => r.type));
      const applies = [...types].some((t) => policy.resourceTypes.includes(t));
      return applies && policy.kind === "resource" ? `policy applies to ${[...types].join(", ")}` : undefined;
    }
    case "unknown": {
      if (mandatory.length) return `a value unknown during preview caused a mandatory violation: ${describe()}`;
      if (!mine.length) return "expected the SDK's advisory \"can't run policy ... during preview\", got no diagnostic";
      const other = mine.filter((d) => !isPreviewAdvisory(d.message));
      return other.length ? `expected only the preview advisory, got ${describe()}` : undefined;
    }
    case "advisory": {
      if (mandatory.length) return `expected only advisory findings, got ${describe()}`;
      if (!mine.length) return "expected an advisory finding, got none";
      if (fx.message !== undefined) {
        const m = fx.message;
        if (!mine.some((d) => (typeof m === "string" ? d.message.includes(m) : m.test(d.message)))) return `no advisory matches ${String(m)}: ${describe()}`;
      }
      return undefined;
    }
    case "violate": {
      const real = mandatory.filter((d) => !isPreviewAdvisory(d.message));
      if (!real.length) return `expected a mandatory violation, got ${describe() || "none"}`;
      if (fx.message !== undefined) {
        const m = fx.message;
        const hit = real.some((d) => (typeof m === "string" ? d.message.includes(m) : m.test(d.message)));
        if (!hit) return `no violation message matches ${String(m)}: ${describe()}`;
      }
      if (fx.target !== undefined) {
        const urn = resources.find((r) => r.name === fx.target)?.urn;
        if (!real.some((d) => d.urn === urn)) return `no violation points at "${fx.target}" (${urn}): ${describe()}`;
      }
      return undefined;
    }
  }
}

function mapLeaves(v: unknown, f: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(v)) return v.map((e) => mapLeaves(e, f));
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return o;
    return Object.fromEntries(Object.entries(o).map(([k, e]) => [k, mapLeaves(e, f)]));
  }
  return f(v);
}

/** The fixture with every top-level property of every resource unknown during preview. */
export function allTopLevelUnknown(fx: Fixture): Fixture {
  const swap = (r: FixtureResource): FixtureResource => ({
    ...r,
    props: Object.fromEntries(Object.keys(r.props).map((k) => [k, UNKNOWN_WIRE])),
  });
  return { ...fx, resource: fx.resource && swap(fx.resource), resources: fx.resources?.map(swap) };
}

/** The fixture with every leaf value (strings, numbers, booleans) unknown during preview. */
export function allLeavesUnknown(fx: Fixture): Fixture {
  const swap = (r: FixtureResource): FixtureResource => ({
    ...r,
    props: mapLeaves(r.props, (leaf) => (leaf === null ? null : UNKNOWN_WIRE)) as Record<string, unknown>,
  });
  return { ...fx, resource: fx.resource && swap(fx.resource), resources: fx.resources?.map(swap) };
}

/**
 * The fixture with every string and number leaf made a secret. Returns the variant and the plain
 * secret values (strings of 6+ characters, numbers of 4+ digits) a message must never contain.
 */
export function allLeavesSecret(fx: Fixture): { fixture: Fixture; secrets: string[] } {
  const secrets = new Set<string>();
  const swap = (r: FixtureResource): FixtureResource => ({
    ...r,
    props: mapLeaves(r.props, (leaf) => {
      if (typeof leaf === "string" && leaf !== UNKNOWN_WIRE) {
        if (leaf.length >= 6) secrets.add(leaf);
        return secret(leaf);
      }
      if (typeof leaf === "number") {
        if (String(leaf).length >= 4) secrets.add(String(leaf));
        return secret(leaf);
      }
      return leaf;
    }) as Record<string, unknown>,
  });
  return {
    fixture: { ...fx, resource: fx.resource && swap(fx.resource), resources: fx.resources?.map(swap) },
    secrets: [...secrets],
  };
}

/** One derived case of `leafSecretVariants`: the fixture and the secrets its messages must not show in any form. */
export interface SecretVariant {
  /** Which leaf was made secret, e.g. `resources[0].props.region (fresh value)`. */
  label: string;
  fixture: Fixture;
  /** Plain secret values (or the parts of a secret JSON document) to look for. */
  secrets: string[];
}

/** A recognizable secret value that no message text contains by chance: mixed case and punctuation, so transformations show. */
export function freshSecretValue(i: number): string {
  return `Qz${i}Xw-Kv${(((i + 1) * 2654435761) >>> 0).toString(36)}-Jm`;
}

type Path = (string | number)[];

function leafPaths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v)) v.forEach((e, i) => leafPaths(e, [...prefix, i], out));
  else if (v && typeof v === "object") {
    if ((v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG) return out;
    for (const [k, e] of Object.entries(v)) leafPaths(e, [...prefix, k], out);
  } else if ((typeof v === "string" && v !== UNKNOWN_WIRE) || typeof v === "number") out.push(prefix);
  return out;
}

function setAt<T>(root: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const copy: any = Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) };
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), value);
  return copy;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<any>((o, k) => (o == null ? undefined : o[k]), root);
}

/** Most inner values of one JSON document tried one at a time. */
const MAX_DOC_PARTS = 24;

/**
 * Derived cases for secret safety, one leaf at a time, in the resources' properties and their
 * providers' properties:
 * - the leaf made a secret with its own value (the verdict stays, and so do its transformations:
 *   a secret region is still a region the policy lower-cases and describes);
 * - a string leaf made a secret with a fresh value (`freshSecretValue`), which any echo shows;
 * - for a string leaf that is a JSON document (an IAM policy), each inner string replaced by a
 *   fresh value and the whole document made a secret: a part of a structured secret.
 */
export function leafSecretVariants(fx: Fixture): SecretVariant[] {
  const list = fx.resources ?? (fx.resource ? [fx.resource] : []);
  const out: SecretVariant[] = [];
  let n = 0;
  const withResource = (i: number, r: FixtureResource): Fixture =>
    fx.resources ? { ...fx, resources: fx.resources.map((x, j) => (j === i ? r : x)) } : { ...fx, resource: r };
  list.forEach((r, i) => {
    const holders: ["props" | "provider", Record<string, unknown>][] = [["props", r.props]];
    if (r.provider && r.provider.props) holders.push(["provider", r.provider.props]);
    for (const [where, props] of holders) {
      const put = (path: Path, value: unknown): Fixture => {
        const next = setAt(props, path, value);
        return withResource(i, where === "props" ? { ...r, props: next } : { ...r, provider: { ...r.provider!, props: next } });
      };
      for (const path of leafPaths(props)) {
        const v = getAt(props, path) as string | number;
        const label = `${fx.resources ? `resources[${i}]` : "resource"}.${where === "props" ? "props" : "provider.props"}.${path.join(".")}`;
        const parts = typeof v === "string" ? jsonParts(v) : [];
        out.push({ label, fixture: put(path, secret(v)), secrets: parts.length ? parts : [String(v)] });
        if (typeof v !== "string") continue;
        if (!parts.length) {
          const fresh = freshSecretValue(n++);
          out.push({ label: `${label} (fresh value)`, fixture: put(path, secret(fresh)), secrets: [fresh] });
          continue;
        }
        const doc = JSON.parse(v) as unknown;
        for (const inner of leafPaths(doc)
          .filter((p) => typeof getAt(doc, p) === "string")
          .slice(0, MAX_DOC_PARTS)) {
          const fresh = freshSecretValue(n++);
          out.push({
            label: `${label} (secret document, fresh ${inner.join(".")})`,
            fixture: put(path, secret(JSON.stringify(setAt(doc, inner, fresh)))),
            secrets: [fresh],
          });
        }
      }
    }
  });
  return out;
}
