/**
 * Loads a check input, detected by content. Supported: a `pulumi stack export` file.
 */
import * as fs from "node:fs";
import { InputError } from "../errors";
import { CheckInput, fromStackExport, isStackExport } from "./stack-export";

export type { CheckInput } from "./stack-export";

/** Options that some inputs use. */
export interface LoadOptions {
  /** Stack name for programs (`Pulumi.<stack>.yaml`). */
  stack?: string;
}

/**
 * Reads and converts `file`.
 * @throws InputError with one clear line when the file cannot be read or is of no known kind.
 */
export async function loadInput(file: string, _opts: LoadOptions = {}): Promise<CheckInput> {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new InputError(`${file} is a folder; give a stack export file ('pulumi stack export --file stack.json')`);
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file} is not JSON (${(e as Error).message}); expected a stack export from 'pulumi stack export'`);
  }
  if (isStackExport(doc)) return fromStackExport(doc, file);
  throw new InputError(`${file} is not a stack export (expected {"version": 3, "deployment": {...}} from 'pulumi stack export')`);
}
