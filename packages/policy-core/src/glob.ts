/**
 * Glob matching for exemptions (`*` any run of characters, `?` exactly one), without regular
 * expressions: a pattern is split at its stars into literal segments (with `?` wildcards), and the
 * segments are found left to right, each at its first possible place. Taking the first place is
 * always right for star-separated segments (a later match leaves less room for the rest), so no
 * backtracking is needed: matching costs at most O(text length × pattern length), whatever the
 * pattern, where a regular expression built from `*************************!` backtracks
 * exponentially against a long URN.
 */

/** A compiled glob: call `test(text)`. */
export interface Glob {
  readonly pattern: string;
  test(text: string): boolean;
}

function segmentAt(text: string, seg: string, at: number): boolean {
  if (at + seg.length > text.length) return false;
  for (let j = 0; j < seg.length; j++) if (seg[j] !== "?" && seg[j] !== text[at + j]) return false;
  return true;
}

function find(text: string, seg: string, from: number, last: number): number {
  for (let i = from; i <= last; i++) if (segmentAt(text, seg, i)) return i;
  return -1;
}

/** Compiles a glob. Consecutive stars are one star. */
export function compileGlob(pattern: string): Glob {
  const parts = pattern.split("*");
  const starred = parts.length > 1;
  const head = parts[0];
  const tail = starred ? parts[parts.length - 1] : "";
  const middle = starred ? parts.slice(1, -1).filter((p) => p !== "") : [];
  const test = (text: string): boolean => {
    if (!starred) return text.length === head.length && segmentAt(text, head, 0);
    if (text.length < head.length + tail.length) return false;
    if (!segmentAt(text, head, 0) || !segmentAt(text, tail, text.length - tail.length)) return false;
    let at = head.length;
    const end = text.length - tail.length;
    for (const seg of middle) {
      const i = find(text, seg, at, end - seg.length);
      if (i < 0) return false;
      at = i + seg.length;
    }
    return true;
  };
  return { pattern, test };
}
