/**
 * Finding policy packs: by name (`aws-security` or `@rampart/aws-security`, resolved from the
 * installed packages) or by folder (any folder with a PulumiPolicy.yaml and a built entry).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "./errors";

/** rampart's packs, by Pulumi pack name. Each is published as `@rampart/<name>`. */
export const KNOWN_PACKS = ["aws-security", "azure-security", "cost-optimization", "data-location", "gcp-security"] as const;

/** A pack folder ready to start. */
export interface PackRef {
  /** Pulumi pack name as the user wrote it, or the folder's package name. */
  label: string;
  dir: string;
}

function packageDir(name: string): string | undefined {
  try {
    return path.dirname(require.resolve(`@rampart/${name}/package.json`));
  } catch {
    return undefined;
  }
}

function ensureRunnable(dir: string, label: string): PackRef {
  if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) throw new InputError(`${dir} is not a policy pack folder (no PulumiPolicy.yaml)`);
  let main = "index.js";
  try {
    main = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).main ?? main;
  } catch {
    throw new InputError(`${dir} has no readable package.json`);
  }
  if (!fs.existsSync(path.join(dir, main))) throw new InputError(`pack ${label} is not built (${path.join(dir, main)} is missing); run 'npm run build'`);
  return { label, dir };
}

/**
 * Resolves `--pack` values. With none, every known pack that is installed.
 * @throws InputError for an unknown name, a folder that is not a pack, or a pack that is not built.
 */
export function resolvePacks(values: readonly string[] | undefined): PackRef[] {
  if (!values || values.length === 0) {
    const found = KNOWN_PACKS.map((n) => ({ n, dir: packageDir(n) })).filter(
      (p): p is { n: (typeof KNOWN_PACKS)[number]; dir: string } => !!p.dir && fs.existsSync(path.join(p.dir, "PulumiPolicy.yaml")),
    );
    if (!found.length) throw new InputError(`no rampart pack is installed (looked for ${KNOWN_PACKS.map((n) => `@rampart/${n}`).join(", ")})`);
    return found.map((p) => ensureRunnable(p.dir, p.n));
  }
  return values.map((v) => {
    const asDir = path.resolve(v);
    if (fs.existsSync(asDir) && fs.statSync(asDir).isDirectory()) return ensureRunnable(asDir, v);
    const name = v.replace(/^@rampart\//, "");
    const dir = (KNOWN_PACKS as readonly string[]).includes(name) ? packageDir(name) : undefined;
    if (!dir) throw new InputError(`unknown pack '${v}' (known: ${KNOWN_PACKS.join(", ")}, or a pack folder)`);
    return ensureRunnable(dir, name);
  });
}
