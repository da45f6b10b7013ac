/**
 * Baselines: a file of known violations, so a check reports only new ones. A violation matches a
 * baseline entry by pack, policy, resource URN and the SHA-256 of its message. The file is stable,
 * sorted JSON:
 *
 * ```json
 * { "version": 1, "violations": [{ "pack": "aws-security", "policy": "...", "urn": "...", "messageHash": "<sha256 hex>" }] }
 * ```
 */
import { createHash } from "node:crypto";
import type { Violation } from "./check";
import { InputError } from "./errors";
import { writeFileAtomic } from "./report/write";
import { parseJson, readRegularFile } from "./safe-read";

/** One baseline entry. */
export interface BaselineEntry {
  pack: string;
  policy: string;
  urn: string;
  messageHash: string;
}

/** SHA-256 (hex) of a violation's message. */
export function messageHash(message: string): string {
  return createHash("sha256").update(message).digest("hex");
}

/** A violation's baseline entry. */
export function baselineEntry(v: Violation): BaselineEntry {
  return { pack: v.pack, policy: v.policy, urn: v.urn, messageHash: messageHash(v.message) };
}

const key = (e: BaselineEntry) => JSON.stringify([e.pack, e.policy, e.urn, e.messageHash]);

/** The baseline file's text for `vs`: deduplicated, sorted, two-space indented, trailing newline. */
export function renderBaseline(vs: readonly Violation[]): string {
  const entries = new Map(vs.map((v) => [key(baselineEntry(v)), baselineEntry(v)]));
  const sorted = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return JSON.stringify({ version: 1, violations: sorted }, null, 2) + "\n";
}

/** Writes a baseline atomically. */
export function writeBaseline(file: string, vs: readonly Violation[]): void {
  writeFileAtomic(file, renderBaseline(vs));
}

/**
 * Reads a baseline.
 * @throws InputError when it cannot be read or is not a version 1 baseline.
 */
export function readBaseline(file: string): Set<string> {
  const doc = parseJson(readRegularFile(file, "baseline"), `baseline ${file}`) as { version?: unknown; violations?: unknown } | null;
  if (!doc || doc.version !== 1 || !Array.isArray(doc.violations))
    throw new InputError(`${file} is not a rampart baseline (expected {"version": 1, "violations": [...]})`);
  const out = new Set<string>();
  doc.violations.forEach((e: BaselineEntry, i: number) => {
    if (!e || typeof e.pack !== "string" || typeof e.policy !== "string" || typeof e.urn !== "string" || typeof e.messageHash !== "string") {
      throw new InputError(`${file}: violations[${i}] needs pack, policy, urn and messageHash`);
    }
    out.add(key(e));
  });
  return out;
}

/** Splits violations into new ones and those in the baseline. */
export function applyBaseline(vs: readonly Violation[], baseline: Set<string> | undefined): { kept: Violation[]; known: Violation[] } {
  if (!baseline) return { kept: [...vs], known: [] };
  const kept: Violation[] = [];
  const known: Violation[] = [];
  for (const v of vs) (baseline.has(key(baselineEntry(v))) ? known : kept).push(v);
  return { kept, known };
}
