/**
 * Provider packages as a program sees them: where `@pulumi/<pkg>` is installed (the program's own
 * copy first), the default provider the engine creates for a package
 * (`pulumi:providers:<pkg>::default_<version with underscores>`, configured from the stack's
 * `<pkg>:*` config keys), and Pulumi YAML's short type tokens (`aws:s3:Bucket`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { EngineProvider } from "@rampart/engine-client";
import { UNKNOWN_WIRE, secret } from "@rampart/engine-client";
import type { ConfigValue } from "./project";

/** The folder of the installed `@pulumi/<pkg>`, resolved from `fromDir` then from rampart. */
export function packageDir(pkg: string, fromDir: string): string | undefined {
  for (const base of [fromDir, __dirname]) {
    try {
      return path.dirname(require.resolve(`@pulumi/${pkg}/package.json`, { paths: [base] }));
    } catch {
      // next
    }
  }
  return undefined;
}

/** The installed version of `@pulumi/<pkg>` (e.g. `7.12.0`), if installed. */
export function packageVersion(pkg: string, fromDir: string): string | undefined {
  const dir = packageDir(pkg, fromDir);
  if (!dir) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
}

/** The package of a type token: `aws` for `aws:s3/bucket:Bucket` and `pulumi:providers:aws`. */
export function packageOfType(type: string): string {
  if (type.startsWith("pulumi:providers:")) return type.slice("pulumi:providers:".length);
  return type.split(":")[0];
}

/** Wire value of a config value for provider inputs (secure → secret whose value is unknown). */
export function configToWire(v: ConfigValue): unknown {
  if (v.secure) return secret(UNKNOWN_WIRE);
  return typeof v.value === "string" ? v.value : JSON.stringify(v.value);
}

/**
 * Default providers, one per package, created on first use: the provider a resource without an
 * explicit `provider` option gets. Props are the stack's `<pkg>:<key>` config (as strings, like
 * the engine's provider inputs) plus `version`.
 */
export class DefaultProviders {
  private readonly made = new Map<string, EngineProvider>();
  constructor(
    private readonly stack: string,
    private readonly project: string,
    private readonly config: Map<string, ConfigValue>,
    private readonly fromDir: string,
  ) {}

  /** The default provider for a resource type (none for `pulumi:` types). */
  forType(type: string): EngineProvider | undefined {
    const pkg = packageOfType(type);
    if (pkg === "pulumi" || type.startsWith("pulumi:providers:")) return undefined;
    let p = this.made.get(pkg);
    if (!p) {
      const version = packageVersion(pkg, this.fromDir);
      const name = `default${version ? "_" + version.replace(/[.-]/g, "_") : ""}`;
      const props: Record<string, unknown> = {};
      for (const [k, v] of this.config) if (k.startsWith(`${pkg}:`)) props[k.slice(pkg.length + 1)] = configToWire(v);
      if (version) props.version = version;
      p = { type: `pulumi:providers:${pkg}`, name, urn: `urn:pulumi:${this.stack}::${this.project}::pulumi:providers:${pkg}::${name}`, props };
      this.made.set(pkg, p);
    }
    return p;
  }

  /** Every default provider made so far. */
  all(): EngineProvider[] {
    return [...this.made.values()];
  }
}

const typesByModuleDir = new Map<string, Set<string>>();

function typesIn(dir: string): Set<string> {
  let set = typesByModuleDir.get(dir);
  if (set) return set;
  set = new Set();
  let files: string[] = [];
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith(".js"));
  } catch {
    files = [];
  }
  for (const f of files) {
    let text = "";
    try {
      text = fs.readFileSync(path.join(dir, f), "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(/__pulumiType = '([^']+)'/g)) set.add(m[1]);
  }
  typesByModuleDir.set(dir, set);
  return set;
}

/** Result of resolving a type token: the full token and whether the installed package has it. */
export interface ResolvedType {
  type: string;
  /** true: found in the installed package; false: package installed, type not in it; undefined: package not installed. */
  found?: boolean;
  /** A component from a component provider (its children are built by the provider, not seen offline). */
  component?: boolean;
}

/**
 * Packages whose resources are components built by a component provider (multi-language
 * components: awsx, eks, ...), and the Kubernetes provider's components that render manifests
 * (Helm v4 charts, YAML v2, kustomize v2). Offline, none of them has children.
 */
const COMPONENT_PACKAGES = new Set(["awsx", "eks", "aws-apigateway", "aws-static-website", "aws-native-static-website"]);
const COMPONENT_TYPES = new Set([
  "kubernetes:helm.sh/v4:Chart",
  "kubernetes:yaml/v2:ConfigFile",
  "kubernetes:yaml/v2:ConfigGroup",
  "kubernetes:kustomize/v2:Directory",
]);

/** Whether a type token is a component of a component provider (see COMPONENT_PACKAGES). */
export function isComponentType(token: string): boolean {
  return COMPONENT_TYPES.has(token) || (COMPONENT_PACKAGES.has(token.split(":")[0]) && !token.startsWith("pulumi:"));
}

/**
 * Resolves a Pulumi YAML type token as the YAML runtime does with the provider's schema, by the
 * providers' module naming rule: `aws:s3:Bucket` → `aws:s3/bucket:Bucket` (module `s3`, file part
 * the type in lower camel case), `aws:Provider`/`aws:index:Provider` → `pulumi:providers:aws`.
 * Full tokens (`pkg:mod/file:Type`) are kept. The result is checked against the installed
 * `@pulumi/<pkg>` (its `__pulumiType` constants), which also finds file parts that differ from the rule.
 */
export function resolveTypeToken(token: string, fromDir: string): ResolvedType {
  const parts = token.split(":");
  if (parts[0] === "pulumi") return { type: token, found: true };
  if (parts.length === 2 && parts[1] === "Provider") return { type: `pulumi:providers:${parts[0]}`, found: true };
  if (parts.length !== 3) return { type: token };
  const [pkg, mod, name] = parts;
  if (mod === "index" && name === "Provider") return { type: `pulumi:providers:${pkg}`, found: true };
  if (isComponentType(token)) return { type: token, found: true, component: true };
  const modName = mod.split("/")[0];
  const candidate = mod.includes("/") ? token : `${pkg}:${mod}/${name.charAt(0).toLowerCase()}${name.slice(1)}:${name}`;
  const dir = packageDir(pkg, fromDir);
  if (!dir) return { type: candidate };
  const modDir = modName === "index" ? dir : path.join(dir, ...modName.split("/"));
  const types = typesIn(modDir);
  // A full token without a file part (azure-native:resources:ResourceGroup) is its own type.
  if (types.has(token)) return { type: token, found: true };
  if (types.has(candidate)) return { type: candidate, found: true };
  if (!mod.includes("/")) {
    const alt = [...types].find((t) => t.startsWith(`${pkg}:${modName}/`) && t.endsWith(`:${name}`));
    if (alt) return { type: alt, found: true };
  }
  return { type: candidate, found: false };
}
