/**
 * Reading a Pulumi project folder: `Pulumi.yaml` (name, runtime, main, project config with
 * defaults) and the stack's `Pulumi.<stack>.yaml` (config keys `<namespace>:<key>`, plain or
 * `{secure: <ciphertext>}`), the way the Pulumi CLI assembles a program's configuration.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LineCounter, parseDocument, Document } from "yaml";
import { InputError } from "../errors";
import { readRegularFile } from "../safe-read";

/** One config value: `secure` values are secrets whose value rampart cannot decrypt (unknown). */
export interface ConfigValue {
  /** The value (strings as written; structured config as objects). Absent when secure. */
  value?: unknown;
  secure: boolean;
}

/** A Pulumi project with the chosen stack's configuration. */
export interface Project {
  dir: string;
  /** Path of Pulumi.yaml (or Pulumi.yml). */
  file: string;
  name: string;
  runtime: string;
  /** `main` from Pulumi.yaml, resolved against the folder, if given. */
  main?: string;
  /** `runtime.options` from Pulumi.yaml (`typescript`, `tsconfig`, `nodeargs`, `virtualenv`, `toolchain`, `compiler`, ...). */
  runtimeOptions: Record<string, unknown>;
  stack: string;
  organization?: string;
  /** Config by full key (`<project>:<key>`, `aws:region`), project defaults then stack values. */
  config: Map<string, ConfigValue>;
  /** The parsed Pulumi.yaml document (YAML programs read resources from it) and its line counter. */
  doc: Document;
  lines: LineCounter;
  text: string;
}

/** Parses YAML text with source positions; a syntax error is an InputError naming file and line. */
export function parseYamlFile(file: string, text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lines.linePos(e.pos[0]);
    // The yaml library's error code (BAD_INDENT, DUPLICATE_KEY, ...), never its message: that may quote the text.
    const problem = String(e.code ?? "syntax error")
      .toLowerCase()
      .replace(/_/g, " ");
    throw new InputError(`${file}:${pos.line}:${pos.col}: not valid YAML (${problem}) at line ${pos.line}, column ${pos.col}`);
  }
  return { doc, lines };
}

/** The Pulumi.yaml of `dir`, or undefined. */
export function projectFileIn(dir: string): string | undefined {
  for (const n of ["Pulumi.yaml", "Pulumi.yml"]) {
    const f = path.join(dir, n);
    if (fs.existsSync(f)) return f;
  }
  return undefined;
}

function readText(file: string): string {
  return readRegularFile(file);
}

/** Stack names that have a `Pulumi.<stack>.yaml` in `dir`. */
export function stacksIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => !!s)
    .sort();
}

function qualify(key: string, project: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

/**
 * Loads the project in `dir` (or whose Pulumi.yaml is `file`) with the config of `stack`. Without
 * `stack`: the only `Pulumi.<stack>.yaml` there, or stack `dev` without config when there is none.
 * @throws InputError for a missing or malformed Pulumi.yaml, several stacks and no `--stack`, or
 * a `--stack` without its file.
 */
export function loadProject(fileOrDir: string, stack?: string): Project {
  const isDir = fs.statSync(fileOrDir).isDirectory();
  const dir = path.resolve(isDir ? fileOrDir : path.dirname(fileOrDir));
  const file = isDir ? projectFileIn(dir) : path.resolve(fileOrDir);
  if (!file) throw new InputError(`${fileOrDir} has no Pulumi.yaml (expected a stack export, preview JSON, or a Pulumi project folder)`);
  const text = readText(file);
  const { doc, lines } = parseYamlFile(file, text);
  const js = doc.toJS() as Record<string, unknown> | null;
  if (!js || typeof js !== "object") throw new InputError(`${file} is not a Pulumi project file (no name and runtime)`);
  const name = js.name;
  if (typeof name !== "string" || !name) throw new InputError(`${file} has no project name`);
  const rt = js.runtime;
  const runtime = typeof rt === "string" ? rt : rt && typeof rt === "object" ? String((rt as { name?: unknown }).name ?? "") : "";
  if (!runtime) throw new InputError(`${file} has no runtime`);

  const stacks = stacksIn(dir);
  let chosen = stack;
  if (!chosen) {
    if (stacks.length > 1) throw new InputError(`${dir} has several stacks (${stacks.join(", ")}); choose one with --stack`);
    chosen = stacks[0] ?? "dev";
  } else if (!stacks.includes(chosen)) {
    throw new InputError(`${dir} has no Pulumi.${chosen}.yaml (stacks: ${stacks.join(", ") || "none"})`);
  }

  const config = new Map<string, ConfigValue>();
  const projectConfig = (js.config ?? js.configuration ?? {}) as Record<string, unknown>;
  if (projectConfig && typeof projectConfig === "object") {
    for (const [k, spec] of Object.entries(projectConfig)) {
      const key = qualify(k, name);
      if (spec && typeof spec === "object" && !Array.isArray(spec)) {
        const s = spec as { default?: unknown; value?: unknown; secret?: boolean };
        if ("default" in s) config.set(key, { value: s.default, secure: false });
        else if ("value" in s) config.set(key, { value: s.value, secure: false });
      } else if (spec !== undefined && spec !== null) {
        config.set(key, { value: spec, secure: false });
      }
    }
  }
  let organization: string | undefined;
  const stackFile = stacks.includes(chosen) ? [".yaml", ".yml"].map((e) => path.join(dir, `Pulumi.${chosen}${e}`)).find((f) => fs.existsSync(f)) : undefined;
  if (stackFile) {
    const st = parseYamlFile(stackFile, readText(stackFile)).doc.toJS() as { config?: Record<string, unknown> } | null;
    const entries = st?.config ?? {};
    if (typeof entries !== "object" || Array.isArray(entries)) throw new InputError(`${stackFile}: config must be a map of keys to values`);
    for (const [k, v] of Object.entries(entries)) {
      const key = qualify(k, name);
      if (v && typeof v === "object" && !Array.isArray(v) && "secure" in (v as object) && Object.keys(v as object).length === 1) {
        config.set(key, { secure: true });
      } else {
        config.set(key, { value: v, secure: false });
      }
    }
  }
  const mainField = typeof js.main === "string" ? path.resolve(dir, js.main) : undefined;
  const opts = rt && typeof rt === "object" ? (rt as { options?: unknown }).options : undefined;
  const runtimeOptions = opts && typeof opts === "object" && !Array.isArray(opts) ? (opts as Record<string, unknown>) : {};
  return { dir, file, name, runtime, main: mainField, runtimeOptions, stack: chosen, organization, config, doc, lines, text };
}
