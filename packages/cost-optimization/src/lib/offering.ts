/**
 * One check for every "which size may this resource use" policy: an allow-list, a block-list
 * (GPU and very large families blocked unless allowed) and an environment-aware size cap.
 */
import { show, type Report, msg } from "@rampart/policy-core";
import type { Limit } from "./env";
import { checkLists, listOf } from "./match";

/** What `checkOffering` checks for one value. */
export interface OfferingCheck {
  /** The size or type, e.g. `m5.2xlarge`, `Standard_D4s_v5`, `e2-standard-4`. */
  value: string;
  /** Property path of the value, for messages (`instanceType`, `hardwareProfile.vmSize`). */
  path: string;
  /** Allow-list patterns and its config key. */
  allowed: readonly string[];
  allowedKey: string;
  /** Block-list patterns and its config key. */
  blocked: readonly string[];
  blockedKey: string;
  /** The cap that applies on this stack; its value is a size (`2xlarge`) or a vCPU count. */
  cap: Limit<string | number>;
  /** Size of a value in the cap's unit, or undefined when unreadable (then no cap applies). */
  sizeOf(value: string): number | undefined;
  /** Size of the cap in the same unit; undefined when the cap is invalid. */
  capSize(cap: string | number): number | undefined;
  /** What to suggest instead. */
  advice: string;
  /** Why blocked values cost too much; default: GPU, accelerator or very large sizes. */
  blockedReason?: string;
}

/**
 * Reports at most one violation for `c.value`: not on the allow-list, on the block-list, or above
 * the cap. Returns whether it reported.
 * @throws Error when the configured cap cannot be read (a clear configuration message).
 */
export function checkOffering(c: OfferingCheck, report: Report): boolean {
  const list = checkLists(c.value, c.allowed, c.blocked);
  // Quoted and cut at 80 characters: a type name is short; anything longer is not worth echoing whole.
  const shown = show(c.value);
  if (list?.problem === "not-allowed") {
    report(msg`${c.path} ${shown} is not in ${c.allowedKey} (${listOf(c.allowed)}). ${c.advice}`);
    return true;
  }
  if (list?.problem === "blocked") {
    report(
      msg`${c.path} ${shown} matches ${c.blockedKey} pattern ${JSON.stringify(list.pattern)} (${c.blockedReason ?? "GPU, accelerator or very large sizes cost the most"}). ${c.advice} If it is needed, add it to ${c.allowedKey}.`,
    );
    return true;
  }
  const capSize = c.capSize(c.cap.value);
  if (capSize === undefined) throw new Error(`config ${c.cap.key} ${JSON.stringify(c.cap.value)} is not a valid size`);
  const size = c.sizeOf(c.value);
  if (size !== undefined && size > capSize) {
    report(
      msg`${c.path} ${shown} is larger than the ${c.cap.environment} cap ${c.cap.key} = ${JSON.stringify(c.cap.value)}. ${c.advice} Or raise ${c.cap.key}.`,
    );
    return true;
  }
  return false;
}
