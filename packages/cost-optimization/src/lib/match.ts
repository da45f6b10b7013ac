/**
 * Glob patterns for allow- and block-lists of sizes and types (`m5.*`, `Standard_N*`, `a2-*`):
 * `*` matches any run of characters, `?` one character; matching is case-insensitive and covers
 * the whole value.
 */
const cache = new Map<string, RegExp>();

/** The anchored, case-insensitive regular expression of a glob pattern. */
export function globToRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, "i");
    cache.set(pattern, re);
  }
  return re;
}

/** The first pattern of `patterns` that matches `value`, or `undefined`. */
export function firstMatch(value: string, patterns: readonly string[] | undefined): string | undefined {
  for (const p of patterns ?? []) if (globToRegExp(p).test(value)) return p;
  return undefined;
}

/**
 * The verdict of an allow-list plus a block-list:
 * - `allowed` non-empty and no pattern matches → `{ problem: "not-allowed" }`;
 * - a `blocked` pattern matches and no `allowed` pattern names the value → `{ problem: "blocked", pattern }`;
 * - otherwise `undefined` (fine).
 * An allow-list entry therefore also lifts a block ("blocked unless allowed").
 */
export function checkLists(
  value: string,
  allowed: readonly string[] | undefined,
  blocked: readonly string[] | undefined,
): { problem: "not-allowed" } | { problem: "blocked"; pattern: string } | undefined {
  const allow = firstMatch(value, allowed);
  if (allowed && allowed.length && !allow) return { problem: "not-allowed" };
  const block = firstMatch(value, blocked);
  if (block && !allow) return { problem: "blocked", pattern: block };
  return undefined;
}

/** A short list for messages: `"a", "b", "c"` (at most `max` entries, then `…`). */
export function listOf(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).map((v) => JSON.stringify(v));
  return values.length > max ? `${shown.join(", ")}, …` : shown.join(", ");
}
