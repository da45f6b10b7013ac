/**
 * Output files must never clobber inputs: before any work, every output path (`--output`,
 * `--write-baseline`) is checked to be writable where it points (its folder exists and is a
 * folder, the path itself is not a folder) and to be a different file from every input (the
 * checked file, `--config`, the exemptions file, `--baseline`) and from every other output. Files
 * are compared by real path (symbolic links resolved) and, when both exist, by device and inode
 * (hard links).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "./errors";

/** A file rampart reads or writes, with the flag or role that names it in messages. */
export interface NamedPath {
  /** `--output`, `--write-baseline`, `the input`, `--config`, `the exemptions file`, `--baseline`. */
  name: string;
  file: string;
}

/** The real path of `file`: resolved through symbolic links, also when the file does not exist yet (its folder is). */
export function realPathOf(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (realPathOf(a) === realPathOf(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * @throws InputError (one line, exit 2) when an output's folder is missing or not a folder, the
 *   output is a folder, an output is the same file as an input, or two outputs are the same file.
 */
export function checkOutputPaths(outputs: readonly NamedPath[], inputs: readonly NamedPath[]): void {
  for (const o of outputs) {
    const dir = path.dirname(path.resolve(o.file));
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(dir);
    } catch {
      throw new InputError(`cannot write ${o.name} ${o.file}: its folder ${dir} does not exist`);
    }
    if (!st.isDirectory()) throw new InputError(`cannot write ${o.name} ${o.file}: ${dir} is not a folder`);
    let target: fs.Stats | undefined;
    try {
      target = fs.statSync(o.file);
    } catch {
      target = undefined;
    }
    if (target?.isDirectory()) throw new InputError(`cannot write ${o.name} ${o.file}: it is a folder`);
    if (target && !target.isFile()) throw new InputError(`cannot write ${o.name} ${o.file}: it is not a regular file`);
    try {
      fs.accessSync(dir, fs.constants.W_OK);
    } catch {
      throw new InputError(`cannot write ${o.name} ${o.file}: its folder ${dir} is not writable`);
    }
    for (const i of inputs) {
      if (sameFile(o.file, i.file))
        throw new InputError(`${o.name} ${o.file} is ${i.name}; refusing to overwrite it (write the ${o.name === "--output" ? "report" : "file"} elsewhere)`);
    }
  }
  for (let a = 0; a < outputs.length; a++) {
    for (let b = a + 1; b < outputs.length; b++) {
      if (sameFile(outputs[a].file, outputs[b].file))
        throw new InputError(`${outputs[a].name} and ${outputs[b].name} are the same file (${outputs[b].file}); give each its own`);
    }
  }
}
