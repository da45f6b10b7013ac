/**
 * Unknown-safe reading of resource properties.
 *
 * During `pulumi preview` some property values are not known yet (an id a resource gets when it
 * is created, an output of another resource). @pulumi/policy 1.21 hands a policy its properties
 * wrapped in a proxy (`unknownCheckingProxy` in its proxy.js) that throws its `UnknownValueError`
 * when an unknown value is *read*; the SDK turns that error into an advisory diagnostic
 * "can't run policy ... during preview". These helpers let a policy:
 *
 * - ask whether a property is present without reading it (`isSet`, `has`), so an "is it set?"
 *   check passes when the value is set but unknown;
 * - look at a value and learn whether it is known, unknown or absent (`peek`), so a policy can
 *   stay quiet instead of failing when an unknown value cannot change the verdict;
 * - read a value and let an unknown propagate (`read`), when the verdict depends on it: the SDK
 *   then reports the advisory, never a mandatory violation.
 *
 * Paths are dot-separated property names with optional numeric segments for array elements:
 * `"versioning.enabled"`, `"rules.0.applyServerSideEncryptionByDefault.sseAlgorithm"`.
 */
import { UnknownValueError } from "@pulumi/policy";
import { isSecretDerived, redactedJson, SECRET_PLACEHOLDER } from "./secrets";

/** The result of `peek`: the value is known, unknown during preview, or not there at all. */
export type Peeked<T = unknown> =
  { readonly state: "known"; readonly value: T } | { readonly state: "unknown"; readonly path: string } | { readonly state: "absent" };

const ABSENT: Peeked<never> = Object.freeze({ state: "absent" });

/** True when `e` is the SDK's error for reading a value that is unknown during preview. */
export function isUnknownValueError(e: unknown): boolean {
  // instanceof first; by shape too, for a pack that resolves a second copy of @pulumi/policy.
  return (
    e instanceof UnknownValueError ||
    (e instanceof Error && e.name !== "PolicyConfigError" && "unknownTypeSentinel" in e && Array.isArray((e as { props?: unknown }).props))
  );
}

/** Splits a dot path into segments; an array of segments is passed through. */
function segments(path: string | readonly (string | number)[]): (string | number)[] {
  if (Array.isArray(path)) return [...path];
  if (path === "") return [];
  return (path as string).split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function isObjectLike(v: unknown): v is Record<string | number, unknown> {
  return v !== null && typeof v === "object";
}

/**
 * Looks up `path` under `obj` without letting an unknown value escape.
 *
 * @returns `{state: "known", value}` when every step is known and the value is neither
 *   `undefined` nor `null`; `{state: "unknown", path}` when the value or one of its parents is
 *   unknown during preview; `{state: "absent"}` when a step is missing, `null`, or not an object.
 * @throws only what is not the SDK's unknown-value error (which would be a bug in the proxy).
 */
export function peek<T = unknown>(obj: unknown, path: string | readonly (string | number)[]): Peeked<T> {
  let cur: unknown = obj;
  const segs = segments(path);
  for (let i = 0; i < segs.length; i++) {
    if (!isObjectLike(cur)) return ABSENT;
    const key = segs[i];
    if (!(key in cur)) return ABSENT;
    try {
      cur = cur[key];
    } catch (e) {
      if (isUnknownValueError(e)) return { state: "unknown", path: segs.slice(0, i + 1).join(".") };
      throw e;
    }
  }
  if (cur === undefined || cur === null) return ABSENT;
  return { state: "known", value: cur as T };
}

/**
 * Whether `path` is set: present and not null. A value that is unknown during preview counts as
 * set (it will have a value once known), so an "is it set?" check passes in preview.
 */
export function isSet(obj: unknown, path: string | readonly (string | number)[]): boolean {
  return peek(obj, path).state !== "absent";
}

/** Whether the property `key` exists on `obj` at all, without reading its value. */
export function has(obj: unknown, key: string): boolean {
  return isObjectLike(obj) && key in obj;
}

/**
 * Reads `path`, returning `undefined` when absent or null. An unknown value propagates as the
 * SDK's `UnknownValueError`, which @pulumi/policy reports as an advisory "can't run policy during
 * preview": use it where the verdict depends on the value.
 */
export function read<T = unknown>(obj: unknown, path: string | readonly (string | number)[]): T | undefined {
  let cur: unknown = obj;
  for (const key of segments(path)) {
    if (!isObjectLike(cur) || !(key in cur)) return undefined;
    cur = cur[key];
  }
  return cur === null ? undefined : (cur as T | undefined);
}

/**
 * Items of the array at `path`. Absent or non-array values give `[]`; an unknown array propagates
 * as the SDK's unknown-value error. A single object where an array was expected (v7 single-object
 * shapes next to v6 arrays) is returned as a one-element array.
 */
export function items<T = unknown>(obj: unknown, path: string | readonly (string | number)[]): T[] {
  const v = read<unknown>(obj, path);
  if (v === undefined) return [];
  if (Array.isArray(v)) {
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) out.push(v[i] as T);
    return out;
  }
  if (isObjectLike(v)) return [v as T];
  return [];
}

/**
 * Like `items` but never throws: unknown elements (or an unknown array) are reported through the
 * `unknown` flag so a policy can decide whether the unknown part could change its verdict.
 */
export function peekItems<T = unknown>(obj: unknown, path: string | readonly (string | number)[]): { known: T[]; unknown: boolean } {
  const p = peek<unknown>(obj, path);
  if (p.state === "absent") return { known: [], unknown: false };
  if (p.state === "unknown") return { known: [], unknown: true };
  const v = p.value;
  if (!Array.isArray(v)) return isObjectLike(v) ? { known: [v as T], unknown: false } : { known: [], unknown: false };
  const known: T[] = [];
  let unknown = false;
  for (let i = 0; i < v.length; i++) {
    const e = peek<T>(v, [i]);
    if (e.state === "known") known.push(e.value);
    else if (e.state === "unknown") unknown = true;
  }
  return { known, unknown };
}

/**
 * A value for messages: strings quoted, others JSON; long values cut at `max` characters. Inside a
 * policy call, a value derived from one of the request's secrets is `[secret]`, and so is each
 * secret-derived leaf of an array or object.
 */
export function show(value: unknown, max = 80): string {
  if ((typeof value === "string" || typeof value === "number") && isSecretDerived(value)) return SECRET_PLACEHOLDER;
  const s = redactedJson(value) ?? (value === undefined ? "undefined" : "(value)");
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Reads every value under `path` (the whole object when `path` is omitted), so the first value
 * unknown during preview raises the SDK's `UnknownValueError` with its property path. Call it when
 * an unknown value decides the verdict: @pulumi/policy then reports the advisory "can't run policy
 * ... during preview" and never a mandatory violation.
 */
export function requireKnown(obj: unknown, path?: string | readonly (string | number)[]): void {
  const v = path === undefined ? obj : read(obj, path);
  walk(v, 0);
}

function walk(v: unknown, depth: number): void {
  if (depth > 32 || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) walk(v[i], depth + 1);
    return;
  }
  for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], depth + 1);
}
