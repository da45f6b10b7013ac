/**
 * The one reader of preview advisories: the diagnostic a policy pack reports when a policy's
 * verdict depends on a value unknown during preview. Two texts exist:
 * - @pulumi/policy's own, for an `UnknownValueError` thrown while reading a proxied value
 *   (server.js): "can't run policy '<policy>' from policy pack '<pack>@v<version>' during preview:
 *   <type> value at <path> can't be known during preview";
 * - rampart's `report.unknown(...)` (policy-core `PREVIEW_UNKNOWN_PREFIX`):
 *   "<description>\ncan't be checked during preview: <message>".
 */

/** Matches either text; the match ends where the detail (what is unknown) begins. */
export const PREVIEW_ADVISORY = /can't run policy '[^']+' from policy pack '[^']+' during preview: |can't be checked during preview: /;

/** Whether a diagnostic's message is a preview advisory (not a violation). */
export function isPreviewAdvisory(message: string): boolean {
  return PREVIEW_ADVISORY.test(message);
}
