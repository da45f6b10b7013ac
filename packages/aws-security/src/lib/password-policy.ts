/**
 * The "at least N" reading shared by the aws.iam.AccountPasswordPolicy policies
 * (aws-iam-require-password-min-length, aws-iam-require-password-reuse-prevention): a numeric
 * setting that must reach a configured minimum, where omitted means the IAM default applies.
 */
import { peek, requireKnown } from "@rampart/policy-core";

/**
 * Reads the number at `path`: undefined when it is at least `minimum` (nothing to report), else
 * `{ value }`, the known number below the minimum or undefined when the setting is not set (or not
 * a number). A value unknown during preview goes to `requireKnown` (it throws).
 */
export function belowMinimum(props: unknown, path: string, minimum: number): { value: number | undefined } | undefined {
  const v = peek<unknown>(props, path);
  if (v.state === "unknown") requireKnown(props, path);
  const value = v.state === "known" && typeof v.value === "number" ? v.value : undefined;
  return value !== undefined && value >= minimum ? undefined : { value };
}
