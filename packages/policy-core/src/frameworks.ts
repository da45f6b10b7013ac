/**
 * Compliance framework catalogs: the full list of a framework's controls as data, so a report can
 * say, for every control, whether the checked stack passes it, fails it, or cannot show it (no
 * resource of that kind, or not checkable from infrastructure code at all). Packs ship catalogs for
 * the frameworks their policies map to (`FRAMEWORKS` in a pack's policy list).
 */
import type { ComplianceControl } from "./types";

/** One control (recommendation) of a framework. */
export interface FrameworkControl {
  /** The id exactly as the framework prints it (`2.1.4`, `S3.8`). */
  id: string;
  /** The control's title as published. */
  title: string;
  /** Section heading (`2 Storage`) or service (`S3`). */
  section?: string;
  /** CIS profile (`Level 1`, `Level 2`). */
  profile?: string;
  /** CIS assessment status: `automated` or `manual`. */
  assessment?: "automated" | "manual";
  /** Link to the control's text. */
  reference?: string;
  /**
   * Why no policy can check this control from infrastructure code (root user, live usage data, an
   * organisational process). Absent: checkable from code.
   */
  notCheckable?: string;
  /** Policies that implement the control, when the catalog carries the mapping (e.g. CIS v5.0.0). */
  policies?: readonly string[];
}

/** A framework's full control list, with the source its ids and titles were checked against. */
export interface FrameworkCatalog {
  /** Framework id as `rampart compliance --framework` takes it: `<framework>-<version>` (`cis-aws-5.0.0`), or the key alone when there is one version (`aws-fsbp`). */
  id: string;
  /** Framework key of `ComplianceControl.framework` (`cis-aws`, `aws-fsbp`). */
  framework: string;
  /** Version of `ComplianceControl.version` (`5.0.0`). */
  version: string;
  title: string;
  /** Where the ids and titles come from (document and version, URL). */
  source: string;
  controls: readonly FrameworkControl[];
}

/**
 * The controls a catalog maps to `policyName` (from each control's `policies`), as
 * `ComplianceControl`s to add to that policy's own.
 */
export function catalogControlsFor(catalog: FrameworkCatalog, policyName: string): ComplianceControl[] {
  return catalog.controls
    .filter((c) => c.policies?.includes(policyName))
    .map((c) => ({ framework: catalog.framework, version: catalog.version, id: c.id, ...(c.reference ? { reference: c.reference } : {}) }));
}
