/**
 * Loads a check input, detected by content:
 * - a `pulumi stack export` file (JSON with `version` and `deployment`);
 * - `pulumi preview --json` output (JSON with `steps`);
 * - a Pulumi project: a folder with Pulumi.yaml, or the Pulumi.yaml itself; `runtime: yaml`
 *   programs are read, `runtime: nodejs` programs (TypeScript or JavaScript) are run under mocks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../errors";
import { parseJson, readRegularFile } from "../safe-read";
import { fromPreviewJson, isPreviewJson } from "./preview";
import { loadProject } from "./project";
import { CheckInput, fromStackExport, isStackExport } from "./stack-export";
import { fromYamlProgram } from "./yaml-program";
import { fromNodejsProgram } from "./nodejs-program";

export type { CheckInput } from "./stack-export";

/** Options that some inputs use. */
export interface LoadOptions {
  /** Stack name for programs (`Pulumi.<stack>.yaml`). */
  stack?: string;
  /** Milliseconds a Node.js program may run (default 120 000). */
  programTimeoutMs?: number;
}

const KINDS = "a stack export ('pulumi stack export'), 'pulumi preview --json' output, or a Pulumi project folder (YAML, TypeScript or JavaScript)";

/**
 * Reads and converts `file`.
 * @throws InputError with one clear line when the input cannot be read (not a regular file, over
 *   the size cap), is not valid JSON (file, line and column, never the content), is malformed
 *   or is of no known kind.
 */
export async function loadInput(file: string, opts: LoadOptions = {}): Promise<CheckInput> {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (st.isDirectory() || /^Pulumi\.ya?ml$/.test(path.basename(file))) return loadProgram(file, opts);
  const text = readRegularFile(file);
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{") && /^\s*runtime\s*:/m.test(text) && /^\s*name\s*:/m.test(text)) return loadProgram(file, opts);
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) throw new InputError(`${file} is not JSON; expected ${KINDS}`);
  const doc = parseJson(text, file);
  if (isStackExport(doc)) return withUrnLines(fromStackExport(doc, file), file, text);
  if (isPreviewJson(doc)) return withUrnLines(fromPreviewJson(doc, file), file, text);
  throw new InputError(`${file} is of no known kind; expected ${KINDS}`);
}

/** Records, for each resource, the line of the first `"urn": "<urn>"` in the JSON text. */
function withUrnLines(input: CheckInput, file: string, text: string): CheckInput {
  const locations = new Map<string, { file: string; line?: number }>();
  const re = /"urn"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  let li = 0;
  for (const m of text.matchAll(re)) {
    while (li + 1 < starts.length && starts[li + 1] <= m.index!) li++;
    let urn: string;
    try {
      urn = JSON.parse(`"${m[1]}"`);
    } catch {
      continue;
    }
    if (!locations.has(urn)) locations.set(urn, { file: path.resolve(file), line: li + 1 });
  }
  return { ...input, locations };
}

async function loadProgram(file: string, opts: LoadOptions): Promise<CheckInput> {
  const project = loadProject(file, opts.stack);
  if (project.runtime === "yaml") return fromYamlProgram(project);
  if (project.runtime === "nodejs") return fromNodejsProgram(project, { timeoutMs: opts.programTimeoutMs });
  throw new InputError(`${project.file}: runtime '${project.runtime}' is not supported (rampart reads yaml and nodejs programs; for others check 'pulumi preview --json' output)`);
}
