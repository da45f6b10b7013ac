/**
 * Reading the files a user hands to rampart (inputs, policy config, exemptions, baselines) safely:
 * regular files only (a FIFO or `/dev/zero` would block or never end), at most
 * {@link maxInputBytes} bytes, and JSON parse errors that name the file, line and column but
 * never quote the content (it may hold secrets). Parsed documents are checked for nesting deeper
 * than {@link MAX_DEPTH}, which later recursive steps (protobuf conversion, schema validation)
 * could not handle.
 */
import * as fs from "node:fs";
import { InputError } from "./errors";

/** Default size cap of one input file: 256 MiB (`RAMPART_MAX_INPUT_BYTES` overrides it). */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Deepest nesting of arrays and objects accepted in a JSON or YAML document. */
export const MAX_DEPTH = 200;

/** The size cap in bytes: `RAMPART_MAX_INPUT_BYTES` when it is a positive integer, else 256 MiB. */
export function maxInputBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.RAMPART_MAX_INPUT_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_INPUT_BYTES;
}

function sizeText(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MiB` : `${n} bytes`;
}

/**
 * Reads a regular file as UTF-8.
 * @param what how the file is named in messages (`policy config`, `baseline`, `` for an input).
 * @throws InputError when it cannot be read, is not a regular file, or is larger than the cap.
 */
export function readRegularFile(file: string, what = ""): string {
  const label = what ? `${what} ${file}` : file;
  let fd: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new InputError(`${label} is not a regular file (${kindOf(st)}); give a file`);
    const cap = maxInputBytes();
    if (st.size > cap)
      throw new InputError(`${label} is ${sizeText(st.size)}, more than the ${sizeText(cap)} rampart reads (set RAMPART_MAX_INPUT_BYTES to raise the limit)`);
    // O_NONBLOCK: if the path was swapped for a FIFO after the check, opening it does not block.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new InputError(`${label} is not a regular file (${kindOf(st)}); give a file`);
    const cap = maxInputBytes();
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.alloc(1024 * 1024);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > cap) throw new InputError(`${label} is more than the ${sizeText(cap)} rampart reads (set RAMPART_MAX_INPUT_BYTES to raise the limit)`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a file";
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where a JSON text stops being valid, and why, found by a small scanner (no recursion, so any
 * nesting depth is fine). Used only after `JSON.parse` failed, for a message that names the
 * position without quoting the text.
 */
export function jsonErrorAt(text: string): { offset: number; problem: string } {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (problem: string) => ({ offset: Math.min(i, n), problem });
  // Stack of open containers: "{" or "[", with what is expected next.
  const stack: { kind: "{" | "["; expect: "key-or-end" | "key" | "colon" | "value" | "comma-or-end" | "value-or-end" }[] = [];
  const value = (): { offset: number; problem: string } | undefined => {
    ws();
    if (i >= n) return fail("unexpected end of the text");
    const c = text[i];
    if (c === "{") {
      i++;
      stack.push({ kind: "{", expect: "key-or-end" });
      return undefined;
    }
    if (c === "[") {
      i++;
      stack.push({ kind: "[", expect: "value-or-end" });
      return undefined;
    }
    if (c === '"') return str();
    const lit = /^(true|false|null)/.exec(text.slice(i, i + 5));
    if (lit) {
      i += lit[0].length;
      return undefined;
    }
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num && num[0].length) {
      i += num[0].length;
      return undefined;
    }
    return fail("unexpected character");
  };
  const str = (): { offset: number; problem: string } | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail("control character in a string");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail("bad \\u escape in a string");
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return fail("bad escape in a string");
        i += 2;
        continue;
      }
      i++;
    }
    // Where the string starts: the end of the text says little.
    return { offset: start, problem: "unterminated string" };
  };
  let err = value();
  if (err) return err;
  while (stack.length) {
    ws();
    const top = stack[stack.length - 1];
    if (i >= n) return fail("unexpected end of the text");
    const c = text[i];
    switch (top.expect) {
      case "key-or-end":
      case "key":
        if (c === "}" && top.expect === "key-or-end") {
          i++;
          stack.pop();
          break;
        }
        if (c !== '"') return fail("expected a property name in double quotes");
        err = str();
        if (err) return err;
        top.expect = "colon";
        break;
      case "colon":
        if (c !== ":") return fail("expected ':'");
        i++;
        top.expect = "value";
        err = value();
        if (err) return err;
        // A nested container was pushed; when it closes, this one expects a comma or its end.
        top.expect = "comma-or-end";
        break;
      case "value-or-end":
      case "value":
        if (c === "]" && top.expect === "value-or-end") {
          i++;
          stack.pop();
          break;
        }
        top.expect = "comma-or-end";
        err = value();
        if (err) return err;
        break;
      case "comma-or-end":
        if (c === ",") {
          i++;
          top.expect = top.kind === "{" ? "key" : "value";
          break;
        }
        if ((top.kind === "{" && c === "}") || (top.kind === "[" && c === "]")) {
          i++;
          stack.pop();
          break;
        }
        return fail(top.kind === "{" ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }
  ws();
  if (i < n) return fail("unexpected text after the JSON value");
  return { offset: n, problem: "invalid JSON" };
}

/**
 * Parses JSON. @throws InputError `<label> is not valid JSON: <problem> at line L, column C`,
 * never quoting the text, or when arrays and objects nest deeper than {@link MAX_DEPTH}.
 */
export function parseJson(text: string, label: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const { offset, problem } = jsonErrorAt(text);
    const { line, column } = lineColumn(text, offset);
    throw new InputError(`${label} is not valid JSON: ${problem} at line ${line}, column ${column}`);
  }
  checkDepth(doc, label);
  return doc;
}

/**
 * @throws InputError when arrays and objects in `doc` nest deeper than {@link MAX_DEPTH}, naming
 * where (the first levels of the path). Iterative, so any depth is fine.
 */
export function checkDepth(doc: unknown, label: string, max = MAX_DEPTH): void {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: doc, depth: 0, path: "" }];
  while (stack.length) {
    const { v, depth, path } = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= max) {
      const shown = path.length > 80 ? `${path.slice(0, 79)}…` : path;
      throw new InputError(`${label}: values nest more than ${max} levels deep (at ${shown || "the top level"}); rampart reads at most ${max}`);
    }
    if (Array.isArray(v)) v.forEach((e, i) => stack.push({ v: e, depth: depth + 1, path: path.length > 100 ? path : `${path}[${i}]` }));
    else for (const [k, e] of Object.entries(v)) stack.push({ v: e, depth: depth + 1, path: path.length > 100 ? path : path ? `${path}.${k}` : k });
  }
}
