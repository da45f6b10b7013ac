/**
 * Reading a Pulumi YAML program (`runtime: yaml`) as a preview of its first deployment would
 * present it to analyzers, without running any provider:
 * - literal property values as given;
 * - `${resource}` and `${resource.property}` are values the engine does not know during preview
 *   (the unknown sentinel), recorded in `propertyDependencies` as the SDK records them;
 *   `${resource.urn}` is known (URNs are computed from names);
 * - `fn::secret` wraps a secret, `fn::join`, `fn::select`, `fn::split`, `fn::toJSON` are evaluated when
 *   their arguments are known; every other `fn::` (invokes, assets, file reads) is unknown;
 * - `${configKey}`, `${pkg:key}`, `${pulumi.stack}`, `${pulumi.project}`, `${pulumi.organization}`
 *   and `variables:` are interpolated; `secure:` config is a secret whose value is unknown;
 * - short type tokens (`aws:s3:Bucket`) resolve to full ones (`aws:s3/bucket:Bucket`);
 * - `options.provider` names an explicit provider resource; others get the package's default
 *   provider configured from the stack's `<pkg>:*` keys; `options.parent` qualifies the URN.
 * Each resource's line in Pulumi.yaml is kept for reports (SARIF physical locations).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isScalar, Pair, YAMLMap } from "yaml";
import type { EngineProvider, EngineResource } from "@rampart/engine-client";
import { SECRET_SIG, SIG_KEY, UNKNOWN_WIRE, secret } from "@rampart/engine-client";
import { InputError } from "../errors";
import type { CheckInput } from "./stack-export";
import { parseYamlFile, Project } from "./project";
import { DefaultProviders, resolveTypeToken } from "./providers";

interface YamlResource {
  type?: unknown;
  name?: unknown;
  properties?: unknown;
  options?: Record<string, unknown>;
  get?: unknown;
}

/** A value with the URNs it came from. */
interface Val {
  v: unknown;
  deps: Set<string>;
}

const isSecret = (v: unknown): v is { value: unknown } => !!v && typeof v === "object" && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;

const unwrap = (v: unknown): unknown => (isSecret(v) ? v.value : v);

function containsUnknown(v: unknown): boolean {
  if (v === UNKNOWN_WIRE) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}

function containsSecret(v: unknown): boolean {
  if (isSecret(v)) return true;
  if (Array.isArray(v)) return v.some(containsSecret);
  if (v && typeof v === "object") return Object.values(v).some(containsSecret);
  return false;
}

/** Drops secret wrappers inside a value (for functions that compute over it). */
function plain(v: unknown): unknown {
  v = unwrap(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, plain(e)]));
  return v;
}

/** Splits `a.b[0]["c"]` into ["a", "b", 0, "c"]. */
function parsePath(expr: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  const re = /^(?:\.?([A-Za-z_][\w\-:]*)|\[(\d+)\]|\["([^"]*)"\])/;
  let rest = expr.trim();
  while (rest) {
    const m = re.exec(rest);
    if (!m) return undefined;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]));
    rest = rest.slice(m[0].length);
  }
  return out.length ? out : undefined;
}

/** Loads a YAML program into a check input. */
export function fromYamlProgram(project: Project): CheckInput {
  const { doc, lines, file } = programDocument(project);
  const { name: projectName, stack } = project;
  const js = doc.toJS() as { resources?: Record<string, YamlResource>; variables?: Record<string, unknown> };
  const resourcesNode = doc.get("resources", true);
  const lineOf = new Map<string, number>();
  if (isMap(resourcesNode)) {
    for (const pair of (resourcesNode as YAMLMap).items as Pair[]) {
      if (isScalar(pair.key) && pair.key.range) lineOf.set(String(pair.key.value), lines.linePos(pair.key.range[0]).line);
    }
  }
  const relFile = path.relative(process.cwd(), file) || file;
  const at = (key: string) => `${relFile}${lineOf.has(key) ? `:${lineOf.get(key)}` : ""}`;
  const decls = js.resources ?? {};
  if (typeof decls !== "object" || Array.isArray(decls)) throw new InputError(`${file}: resources must be a map of names to resources`);
  const variables = js.variables ?? {};
  const stackUrn = `urn:pulumi:${stack}::${projectName}::pulumi:pulumi:Stack::${projectName}-${stack}`;

  // Types and URNs (parents first, cycles rejected).
  const typeOf = new Map<string, string>();
  const components = new Set<string>();
  for (const [key, r] of Object.entries(decls)) {
    if (!r || typeof r !== "object" || typeof r.type !== "string") throw new InputError(`${at(key)}: resource '${key}' has no type`);
    const t = resolveTypeToken(r.type, project.dir);
    if (t.component) components.add(key);
    if (t.found === false)
      throw new InputError(`${at(key)}: resource '${key}' has type ${r.type}, which the installed @pulumi/${r.type.split(":")[0]} does not define`);
    typeOf.set(key, t.type);
  }
  const refName = (v: unknown): string | undefined => {
    const m = typeof v === "string" ? /^\$\{([A-Za-z_][\w-]*)\}$/.exec(v.trim()) : null;
    return m?.[1];
  };
  const urnOf = new Map<string, string>();
  const visiting = new Set<string>();
  const urn = (key: string): string => {
    const done = urnOf.get(key);
    if (done) return done;
    if (visiting.has(key)) throw new InputError(`${at(key)}: resource '${key}' is its own ancestor (options.parent cycle)`);
    visiting.add(key);
    const r = decls[key];
    const parentKey = refName(r.options?.parent);
    if (r.options?.parent !== undefined && (!parentKey || !(parentKey in decls))) {
      throw new InputError(`${at(key)}: options.parent of '${key}' must be \${<resource>} naming a resource of this program`);
    }
    const logical = typeof r.name === "string" ? r.name : key;
    let qualified = typeOf.get(key)!;
    if (parentKey) {
      const pq = urn(parentKey).split("::")[2];
      qualified = `${pq}$${qualified}`;
    }
    const u = `urn:pulumi:${stack}::${projectName}::${qualified}::${logical}`;
    urnOf.set(key, u);
    visiting.delete(key);
    return u;
  };
  for (const key of Object.keys(decls)) urn(key);

  // Expression evaluation.
  const varCache = new Map<string, Val>();
  const varBusy = new Set<string>();
  const configValue = (key: string): unknown | undefined => {
    const full = key.includes(":") ? key : `${projectName}:${key}`;
    const c = project.config.get(full);
    if (!c) return undefined;
    return c.secure ? secret(UNKNOWN_WIRE) : c.value;
  };
  const walk = (v: unknown, rest: (string | number)[]): unknown => {
    for (const seg of rest) {
      if (v === UNKNOWN_WIRE) return UNKNOWN_WIRE;
      if (isSecret(v)) return secret(walk(v.value, [seg]));
      if (v === null || typeof v !== "object") return undefined;
      v = (v as Record<string, unknown>)[seg as string];
    }
    return v;
  };
  const resolveRef = (expr: string, where: string): Val => {
    const p = parsePath(expr);
    if (!p || typeof p[0] !== "string") throw new InputError(`${where}: cannot read reference \${${expr}}`);
    const [head, ...rest] = p as [string, ...(string | number)[]];
    if (head === "pulumi") {
      const known: Record<string, string | undefined> = { stack, project: projectName, organization: project.organization ?? "organization", cwd: project.dir };
      const v = known[String(rest[0])];
      if (v === undefined) throw new InputError(`${where}: unknown reference \${${expr}}`);
      return { v, deps: new Set() };
    }
    if (head in decls) {
      const u = urnOf.get(head)!;
      if (rest.length === 1 && rest[0] === "urn") return { v: u, deps: new Set([u]) };
      return { v: UNKNOWN_WIRE, deps: new Set([u]) };
    }
    if (head in variables) {
      let val = varCache.get(head);
      if (!val) {
        if (varBusy.has(head)) throw new InputError(`${where}: variable '${head}' refers to itself`);
        varBusy.add(head);
        val = evaluate(variables[head], `variables.${head}`);
        varBusy.delete(head);
        varCache.set(head, val);
      }
      return { v: walk(val.v, rest), deps: val.deps };
    }
    // Config: `${key}`, `${pkg:key}` (the parser keeps `:` in the head).
    const cv = configValue(head);
    if (cv !== undefined) return { v: walk(cv, rest), deps: new Set() };
    throw new InputError(`${where}: unknown reference \${${expr}} (not a resource, variable or config key of stack ${stack})`);
  };
  const interpolate = (s: string, where: string): Val => {
    const whole = /^\$\{([^}]+)\}$/.exec(s);
    if (whole) return resolveRef(whole[1], where);
    const deps = new Set<string>();
    let unknown = false;
    let secretPart = false;
    let out = "";
    const re = /\$\$\{|\$\{([^}]+)\}/g;
    let last = 0;
    for (const m of s.matchAll(re)) {
      out += s.slice(last, m.index);
      last = m.index! + m[0].length;
      if (m[0] === "$${") {
        out += "${";
        continue;
      }
      const r = resolveRef(m[1], where);
      r.deps.forEach((d) => deps.add(d));
      if (isSecret(r.v)) secretPart = true;
      const inner = unwrap(r.v);
      if (containsUnknown(inner)) unknown = true;
      else out += typeof inner === "string" ? inner : JSON.stringify(inner);
    }
    out += s.slice(last);
    const v = unknown ? UNKNOWN_WIRE : out;
    return { v: secretPart ? secret(v) : v, deps };
  };
  const evaluate = (node: unknown, where: string): Val => {
    if (typeof node === "string") return interpolate(node, where);
    if (Array.isArray(node)) {
      const deps = new Set<string>();
      const v = node.map((e, i) => {
        const r = evaluate(e, `${where}[${i}]`);
        r.deps.forEach((d) => deps.add(d));
        return r.v;
      });
      return { v, deps };
    }
    if (node && typeof node === "object") {
      const entries = Object.entries(node as Record<string, unknown>);
      if (entries.length === 1 && entries[0][0].startsWith("fn::")) return callFn(entries[0][0], entries[0][1], where);
      const deps = new Set<string>();
      const v: Record<string, unknown> = {};
      for (const [k, e] of entries) {
        const r = evaluate(e, `${where}.${k}`);
        r.deps.forEach((d) => deps.add(d));
        if (r.v !== undefined) v[k] = r.v;
      }
      return { v, deps };
    }
    return { v: node, deps: new Set() };
  };
  const callFn = (fn: string, arg: unknown, where: string): Val => {
    const a = evaluate(arg, `${where}.${fn}`);
    const unknownResult = { v: UNKNOWN_WIRE, deps: a.deps };
    if (fn === "fn::secret") return { v: isSecret(a.v) ? a.v : secret(a.v), deps: a.deps };
    if (!["fn::join", "fn::select", "fn::split", "fn::toJSON"].includes(fn)) return unknownResult;
    if (containsUnknown(a.v)) return containsSecret(a.v) ? { v: secret(UNKNOWN_WIRE), deps: a.deps } : unknownResult;
    const args = plain(a.v);
    let v: unknown;
    if (fn === "fn::toJSON") v = JSON.stringify(args);
    else if (!Array.isArray(args) || args.length !== 2) throw new InputError(`${where}: ${fn} takes a list of two arguments`);
    else if (fn === "fn::join")
      v = Array.isArray(args[1]) ? args[1].map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join(String(args[0])) : undefined;
    else if (fn === "fn::split") v = typeof args[1] === "string" ? args[1].split(String(args[0])) : undefined;
    else v = Array.isArray(args[1]) ? args[1][Number(args[0])] : undefined;
    return { v: containsSecret(a.v) ? secret(v) : v, deps: a.deps };
  };

  // Resources.
  const defaults = new DefaultProviders(stack, projectName, project.config, project.dir);
  const explicitProviders = new Map<string, EngineProvider>();
  const built = new Map<string, EngineResource>();
  const locations = new Map<string, { file: string; line: number }>();
  const order = Object.keys(decls);
  // Providers first, so resources can point at them.
  order.sort((a, b) => Number(typeOf.get(b)!.startsWith("pulumi:providers:")) - Number(typeOf.get(a)!.startsWith("pulumi:providers:")));
  for (const key of order) {
    const r = decls[key];
    const type = typeOf.get(key)!;
    const u = urnOf.get(key)!;
    const where = at(key);
    const propsNode = r.properties ?? {};
    if (typeof propsNode !== "object" || Array.isArray(propsNode)) throw new InputError(`${where}: properties of '${key}' must be a map`);
    const props: Record<string, unknown> = {};
    const propertyDependencies: Record<string, string[]> = {};
    const deps = new Set<string>();
    for (const [k, node] of Object.entries(propsNode as Record<string, unknown>)) {
      const val = evaluate(node, `${where}: ${key}.properties.${k}`);
      if (val.v !== undefined) props[k] = val.v;
      propertyDependencies[k] = [...val.deps].sort();
      val.deps.forEach((d) => deps.add(d));
    }
    const opts = r.options ?? {};
    const dependsOn = Array.isArray(opts.dependsOn) ? opts.dependsOn : opts.dependsOn !== undefined ? [opts.dependsOn] : [];
    for (const d of dependsOn) {
      const n = refName(d);
      if (!n || !(n in decls)) throw new InputError(`${where}: options.dependsOn of '${key}' must list \${<resource>} references`);
      deps.add(urnOf.get(n)!);
    }
    let provider: EngineProvider | undefined;
    const pkg = type.split(":")[0];
    const provRefs: unknown[] = [];
    if (opts.provider !== undefined) provRefs.push(opts.provider);
    if (opts.providers && typeof opts.providers === "object")
      provRefs.push(...(Array.isArray(opts.providers) ? opts.providers : Object.values(opts.providers)));
    for (const ref of provRefs) {
      const n = refName(ref);
      if (!n || !(n in decls) || !typeOf.get(n)!.startsWith("pulumi:providers:")) {
        throw new InputError(`${where}: options.provider of '${key}' must be \${<provider resource>} (a resource of type pulumi:providers:<pkg>)`);
      }
      if (typeOf.get(n) === `pulumi:providers:${pkg}`) provider = explicitProviders.get(n);
    }
    let parentUrn = stackUrn;
    const pk = refName(opts.parent);
    if (pk) {
      parentUrn = urnOf.get(pk)!;
      deps.add(parentUrn);
    }
    const isProvider = type.startsWith("pulumi:providers:");
    if (!provider && !isProvider && !components.has(key)) {
      // A child of a resource inherits its parent's provider for the same package.
      let anc = pk;
      while (anc && !provider) {
        const o = decls[anc].options ?? {};
        const pn = refName(o.provider);
        if (pn && typeOf.get(pn) === `pulumi:providers:${pkg}`) provider = explicitProviders.get(pn);
        anc = refName(o.parent);
      }
      provider ??= defaults.forType(type);
    }
    const res: EngineResource = {
      type,
      name: u.split("::").slice(3).join("::"),
      urn: u,
      props,
      provider,
      parent: parentUrn,
      dependencies: [...deps].sort(),
      propertyDependencies,
      options: {
        protect: opts.protect === true,
        parent: parentUrn,
        ignoreChanges: Array.isArray(opts.ignoreChanges) ? opts.ignoreChanges.map(String) : undefined,
      },
    };
    if (isProvider) explicitProviders.set(key, { type, name: res.name, urn: u, props });
    built.set(key, res);
    if (lineOf.has(key)) locations.set(u, { file, line: lineOf.get(key)! });
  }
  // Read resources (`get:`) are not analyzed, as the engine does not analyze read steps; components
  // are not custom resources (and their children are built by their provider, not seen here).
  const analyzed = order.filter((k) => decls[k].get === undefined && !components.has(k)).map((k) => built.get(k)!);
  const stackRes: EngineResource = {
    type: "pulumi:pulumi:Stack",
    name: `${projectName}-${stack}`,
    urn: stackUrn,
    props: {},
    dependencies: [],
    propertyDependencies: {},
  };
  const defaultProviderResources: EngineResource[] = defaults.all().map((p) => ({ ...p, parent: undefined, dependencies: [], propertyDependencies: {} }));
  // Read resources are left out of AnalyzeStack too (see program-record.ts).
  const all = Object.keys(decls)
    .filter((k) => decls[k].get === undefined)
    .map((k) => built.get(k)!);
  return {
    kind: "yaml-program",
    // As in a real preview, the stack, components and default providers are analyzed too.
    customResources: analyzed.filter((r) => !r.type.startsWith("pulumi:")).length,
    resources: [
      stackRes,
      ...defaultProviderResources,
      ...analyzed,
      ...order.filter((k) => decls[k].get === undefined && components.has(k)).map((k) => built.get(k)!),
    ],
    stackResources: [stackRes, ...defaultProviderResources, ...all],
    stack,
    project: projectName,
    organization: project.organization,
    locations,
    unexpandedComponents: order.filter((k) => components.has(k)).map((k) => ({ type: built.get(k)!.type, name: built.get(k)!.name, urn: built.get(k)!.urn })),
    reads: order.filter((k) => decls[k].get !== undefined).length,
  };
}

/**
 * The YAML document with the program: Pulumi.yaml itself, or with `main:` the file it names or,
 * for a folder, its `Main.yaml` (else its Pulumi.yaml), as Pulumi YAML loads it.
 */
function programDocument(project: Project): { doc: Project["doc"]; lines: Project["lines"]; file: string } {
  if (!project.main) return { doc: project.doc, lines: project.lines, file: project.file };
  let file = project.main;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    const found = ["Main.yaml", "Main.yml", "Pulumi.yaml", "Pulumi.yml"].map((n) => path.join(project.main!, n)).find((f) => fs.existsSync(f));
    if (!found) throw new InputError(`${project.file}: main ${project.main} has no Main.yaml (the YAML program)`);
    file = found;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file} (main of ${project.file}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return { ...parseYamlFile(file, text), file };
}
