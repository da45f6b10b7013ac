/**
 * The "every item of a list property" reading shared by policies that judge one field of each
 * listener, network interface or mapping (`listeners[].lbProtocol` of a Classic Load Balancer,
 * `networkInterfaces[].associatePublicIpAddress` of a launch template, ...).
 */
import { peek, peekItems, requireKnown, type Report } from "@rampart/policy-core";

/**
 * Reads `field` of every known item of the list at `listPath` and reports what `problem` returns
 * for a known value (`index` is the item's position, for the message). An unknown list or field
 * during preview goes to `requireKnown` (it throws: the SDK's preview advisory); an omitted field
 * is not judged.
 */
export function reportItemField(
  props: unknown,
  report: Report,
  listPath: string,
  field: string,
  problem: (value: unknown, index: number) => string | undefined,
): void {
  const items = peekItems(props, listPath);
  if (items.unknown) requireKnown(props, listPath);
  items.known.forEach((item, i) => {
    const v = peek<unknown>(item, field);
    if (v.state === "unknown") requireKnown(item, field);
    if (v.state !== "known") return;
    const message = problem(v.value, i);
    if (message !== undefined) report(message);
  });
}
