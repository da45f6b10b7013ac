/**
 * Compliance per framework: every control of a framework's catalog (shipped by the packs as data,
 * `FRAMEWORKS`), judged from one `rampart check` run:
 *
 * - `fail`: a policy implementing the control reported a violation (any enforcement level; also
 *   one in the baseline: a baseline hides known findings from a gate, not from an audit);
 * - `exempted`: its policies' violations are all covered by exemptions;
 * - `pass`: the stack has resources of the kinds its policies check, and none was reported;
 * - `not-evaluated`: no resource of those kinds (or the verdict depends on values unknown until
 *   deployment, or no policy of the packs run implements the control), with the reason;
 * - `not-checkable`: the control cannot be checked from infrastructure code (catalog's reason).
 *
 * Score: passing controls ÷ evaluated controls (pass + fail + exempted), as a whole percentage;
 * exempted controls count as evaluated but not passing.
 */
import type { FrameworkCatalog, FrameworkControl } from "@rampart/policy-core";
import { controlInFramework } from "@rampart/policy-core";
import type { Violation } from "./check";
import { resolvePolicyName } from "./config-exemptions";
import type { Exemption } from "./exemptions";
import { InputError } from "./errors";
import type { PackMetadata, PolicyInfo } from "./metadata";
import type { Report } from "./report/model";

/** A control's status. */
export type ControlStatus = "pass" | "fail" | "exempted" | "not-evaluated" | "not-checkable";

/** Statuses in report order. */
export const STATUSES: readonly ControlStatus[] = ["fail", "exempted", "pass", "not-evaluated", "not-checkable"];

/** A resource behind a control's verdict. */
export interface ControlFinding {
  policy: string;
  urn: string;
  resourceName: string;
  resourceType: string;
  enforcementLevel: string;
  message: string;
  /** For exempted findings: the exemption's reason. */
  exemption?: Pick<Exemption, "reason" | "expires">;
}

/** One control with its verdict. */
export interface ControlResult {
  id: string;
  title: string;
  section?: string;
  status: ControlStatus;
  /** Why, for `not-evaluated` and `not-checkable`. */
  reason?: string;
  /** The policies (of the packs run) that implement the control. */
  policies: string[];
  /** Violations behind a `fail`, or exempted ones behind `exempted`. */
  findings: ControlFinding[];
}

/** A framework's compliance report. */
export interface ComplianceReport {
  framework: Pick<FrameworkCatalog, "id" | "framework" | "version" | "title" | "source">;
  controls: ControlResult[];
  summary: Record<ControlStatus, number> & { controls: number; evaluated: number; score: number | null };
  /** The check behind it. */
  check: Report;
}

/** Whether a message only says a value was unknown during preview (not a finding about the infrastructure). */
const PREVIEW_UNKNOWN = /can't run policy '[^']+' from policy pack '[^']+' during preview: |can't be checked during preview: /;

/** The catalogs the packs ship, one per id (the first pack's wins). */
export function frameworksOf(packs: readonly PackMetadata[]): FrameworkCatalog[] {
  const out = new Map<string, FrameworkCatalog>();
  for (const p of packs) for (const f of p.frameworks) if (!out.has(f.id)) out.set(f.id, f);
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The catalog `id` names: its id (`cis-aws-5.0.0`) or `<framework>@<version>`.
 * @throws InputError listing the known ids when none matches.
 */
export function findFramework(packs: readonly PackMetadata[], id: string): FrameworkCatalog {
  const all = frameworksOf(packs);
  const want = id.trim().toLowerCase();
  const f = all.find((x) => x.id.toLowerCase() === want || `${x.framework}@${x.version}`.toLowerCase() === want);
  if (!f)
    throw new InputError(
      `unknown framework '${id}' (known: ${all.map((x) => x.id).join(", ") || "none: no installed pack ships a framework list"}; see 'rampart compliance --list')`,
    );
  return f;
}

/** Natural order of control ids: `1.2` < `1.10`, `S3.8` < `S3.10`. */
export function compareControlIds(a: string, b: string): number {
  const pa = a.split(/[.]/);
  const pb = b.split(/[.]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
    if (c) return c;
  }
  return 0;
}

/** The policies (of `policies`) implementing `control` of `catalog`: by their controls, and by the catalog's own mapping. */
export function policiesFor(catalog: FrameworkCatalog, control: FrameworkControl, policies: readonly PolicyInfo[]): PolicyInfo[] {
  const byName = new Map(policies.map((p) => [p.name, p]));
  const known = new Set(byName.keys());
  const out = new Map<string, PolicyInfo>();
  for (const p of policies) {
    if (p.controls.some((c) => c.id === control.id && controlInFramework(c, `${catalog.framework}-${catalog.version}`))) out.set(p.name, p);
  }
  for (const n of control.policies ?? []) {
    const name = resolvePolicyName(n, known);
    if (name) out.set(name, byName.get(name)!);
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

const finding = (v: Violation, exemption?: Exemption): ControlFinding => ({
  policy: v.policy,
  urn: v.urn,
  resourceName: v.resourceName,
  resourceType: v.resourceType,
  enforcementLevel: v.enforcementLevel,
  message: v.message,
  ...(exemption ? { exemption: { reason: exemption.reason, ...(exemption.expires ? { expires: exemption.expires } : {}) } } : {}),
});

/**
 * Judges every control of `catalog` from a check.
 * @param resourceTypes the type tokens of every resource in the checked input.
 */
export function assessCompliance(
  catalog: FrameworkCatalog,
  packs: readonly PackMetadata[],
  check: Report,
  resourceTypes: ReadonlySet<string>,
): ComplianceReport {
  const ran = new Set(check.packs.map((p) => p.name));
  const policies = packs.filter((p) => ran.has(p.name)).flatMap((p) => p.policies);
  const violations = [...check.violations, ...check.baselined];
  const controls = [...catalog.controls]
    .sort((a, b) => compareControlIds(a.id, b.id))
    .map((c): ControlResult => {
      const ps = policiesFor(catalog, c, policies);
      const names = new Set(ps.map((p) => p.name));
      const base = { id: c.id, title: c.title, ...(c.section ? { section: c.section } : {}), policies: [...names] };
      if (!ps.length) {
        if (c.notCheckable) return { ...base, status: "not-checkable", reason: c.notCheckable, findings: [] };
        return { ...base, status: "not-evaluated", reason: "no policy of the packs run implements this control", findings: [] };
      }
      const mine = violations.filter((v) => names.has(v.policy));
      const fails = mine.filter((v) => !PREVIEW_UNKNOWN.test(v.message));
      if (fails.length) return { ...base, status: "fail", findings: fails.map((v) => finding(v)) };
      const exempted = check.exempted.filter((e) => names.has(e.violation.policy));
      if (exempted.length) return { ...base, status: "exempted", findings: exempted.map((e) => finding(e.violation, e.exemption)) };
      const types = [...new Set(ps.flatMap((p) => p.resourceTypes))].sort();
      if (!types.some((t) => resourceTypes.has(t))) {
        return { ...base, status: "not-evaluated", reason: `no resource of the kinds its policies check (${types.join(", ")})`, findings: [] };
      }
      if (mine.length)
        return { ...base, status: "not-evaluated", reason: "a value its policies need is unknown until deployment", findings: mine.map((v) => finding(v)) };
      return { ...base, status: "pass", findings: [] };
    });
  const count = (s: ControlStatus) => controls.filter((c) => c.status === s).length;
  const summary = {
    controls: controls.length,
    pass: count("pass"),
    fail: count("fail"),
    exempted: count("exempted"),
    "not-evaluated": count("not-evaluated"),
    "not-checkable": count("not-checkable"),
    evaluated: 0,
    score: null as number | null,
  };
  summary.evaluated = summary.pass + summary.fail + summary.exempted;
  summary.score = summary.evaluated ? Math.round((100 * summary.pass) / summary.evaluated) : null;
  const { id, framework, version, title, source } = catalog;
  return { framework: { id, framework, version, title, source }, controls, summary, check };
}

/** The policies mapped to any control of the catalog (for SARIF and the Markdown details). */
export function frameworkPolicies(report: ComplianceReport): Set<string> {
  return new Set(report.controls.flatMap((c) => c.policies));
}
