/**
 * Reading a property a verdict depends on: `peek` of @rampart/policy-core, and when the value is
 * unknown during preview, `requireKnown` (which throws the SDK's unknown-value error, so
 * @pulumi/policy reports its "can't run policy ... during preview" advisory instead of a verdict).
 */
import { peek, requireKnown, type Peeked } from "@rampart/policy-core";

/**
 * `peek(props, path)`, calling `requireKnown(props, path)` first when the value is unknown during
 * preview: the two lines most policies start with, as one call.
 */
export function peekForVerdict<T = unknown>(props: unknown, path: string): Peeked<T> {
  const v = peek<T>(props, path);
  if (v.state === "unknown") requireKnown(props, path);
  return v;
}
