/**
 * Finding secrets in text the way they leak: not only the exact value, but the value after a
 * policy transformed it. A form of a secret is its case-folded value with punctuation stripped
 * (`EU-West-3` → `euwest3`) and, for secrets of 6 or more such characters, any run of 6 of them
 * (a slice, a part of an ARN). Text is compared in the same normalized form.
 *
 * Here (not in @rampart/policy-testing) so that the CLI's own secret hardening tests use the same
 * detector without depending on the test harness.
 */

/** Case-folded, letters and digits only. */
export function normalizeText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

import { SECRET_PLACEHOLDER as PLACEHOLDER } from "./secrets";

/** Length of the runs of a secret that must not appear. */
export const LEAK_RUN = 6;

/**
 * The forms of `secret` to look for: every 6-character run of its normalized value, or for a
 * shorter secret (3 to 5 characters) the normalized value itself. Secrets of fewer than 3
 * characters have no form worth looking for (they occur in any text).
 */
export function secretForms(secret: string): string[] {
  const n = normalizeText(secret);
  if (n.length < 3) return [];
  if (n.length < LEAK_RUN) return [n];
  const out = new Set<string>();
  for (let i = 0; i + LEAK_RUN <= n.length; i++) out.add(n.slice(i, i + LEAK_RUN));
  return [...out];
}

/**
 * The first form of a secret found in `text`, as `"<form>" of secret "<secret>"`, or `undefined`.
 * Forms that also occur in `allowed` (text the output may contain whatever the secrets are: the
 * policy's description, its config, resource names) are not counted. A short secret (under 6
 * characters) counts only as a whole word of `text`, so a secret `host` is not found in `hosts`.
 */
export function findSecretLeak(text: string, secrets: Iterable<string>, allowed = ""): string | undefined {
  // The placeholder is not the secret (a secret "AWS_SECRET_KEY" shares "secret" with it).
  text = text.split(PLACEHOLDER).join(" | ");
  const t = normalizeText(text);
  const a = normalizeText(allowed);
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const allowedWords = new Set(allowed.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  for (const s of secrets) {
    const n = normalizeText(s);
    if (n.length >= 3 && n.length < LEAK_RUN) {
      const w = s.toLowerCase();
      if (words.has(w) && !allowedWords.has(w)) return `${JSON.stringify(w)} of secret ${JSON.stringify(s)}`;
      continue;
    }
    for (const f of secretForms(s)) if (t.includes(f) && !a.includes(f)) return `${JSON.stringify(f)} of secret ${JSON.stringify(s)}`;
  }
  return undefined;
}

/**
 * The string leaves of a secret JSON document (an IAM policy as a string): the parts a policy
 * may name once it parsed the document. Empty when `value` is not a JSON object or array.
 */
export function jsonParts(value: string): string[] {
  if (!/^\s*[[{]/.test(value)) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v, ...jsonParts(v));
    else if (typeof v === "number") out.push(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(doc);
  return out;
}
