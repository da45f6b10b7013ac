/**
 * Consistency checks between a pack's compliance framework catalogs (`FRAMEWORKS`, see
 * `FrameworkCatalog` in @rampart/policy-core) and its policies' control mappings. Each check
 * returns the problems it finds as readable lines (empty: consistent), so a test can assert
 * `toEqual([])` and show every problem at once. `frameworkCatalogTests` in
 * `@rampart/policy-testing/vitest` runs them all as one describe block per pack.
 */
import { isDeepStrictEqual } from "node:util";
import type { ComplianceControl, FrameworkCatalog, RampartPolicy } from "@rampart/policy-core";

/** A pack's policy-to-control table: policy name → the controls the policy maps to (`CONTROLS`). */
export type ControlsTable = Readonly<Record<string, readonly ComplianceControl[]>>;

/**
 * What is wrong with one catalog on its own: duplicate control ids, a control title of 5
 * characters or fewer, a `source` without an `https://` link, or an id that is neither the
 * framework key nor `<framework>-<version>`.
 */
export function catalogShapeProblems(f: FrameworkCatalog): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of f.controls) {
    if (seen.has(c.id)) problems.push(`${f.id}: control ${c.id} is listed twice`);
    seen.add(c.id);
    if (c.title.length <= 5) problems.push(`${f.id}: control ${c.id} has no real title (${JSON.stringify(c.title)})`);
  }
  if (!/https:\/\//.test(f.source)) problems.push(`${f.id}: source names no https:// link (${JSON.stringify(f.source)})`);
  if (f.id !== f.framework && f.id !== `${f.framework}-${f.version}`)
    problems.push(`${f.id}: id is neither "${f.framework}" nor "${f.framework}-${f.version}"`);
  return problems;
}

/** The catalog of a control's framework and version, if the pack has one. */
function catalogOf(frameworks: readonly FrameworkCatalog[], c: ComplianceControl): FrameworkCatalog | undefined {
  return frameworks.find((x) => x.framework === c.framework && x.version === c.version);
}

/**
 * Every control a policy maps to (`policy.controls`): its framework and version have a catalog in
 * `frameworks`, the id is a control of that catalog, and that control is not marked "not
 * checkable" (a policy that checks it contradicts the catalog). `checked` counts the mapped
 * controls looked at, so a test can also require a floor.
 */
export function mappedControlProblems(frameworks: readonly FrameworkCatalog[], policies: readonly RampartPolicy[]): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const p of policies) {
    for (const c of p.controls ?? []) {
      const f = catalogOf(frameworks, c);
      const control = f?.controls.find((x) => x.id === c.id);
      if (!f) problems.push(`${p.name}: framework ${c.framework} ${c.version} has no catalog`);
      else if (!control) problems.push(`${p.name}: ${c.framework} ${c.version} ${c.id} is not a control of ${f.title}`);
      else if (control.notCheckable) problems.push(`${p.name}: ${c.framework} ${c.version} ${c.id} is marked not checkable (${control.notCheckable})`);
      checked++;
    }
  }
  return { problems, checked };
}

/**
 * The policy-to-control table against the policies: every key names a policy of the pack, and
 * that policy carries each of the key's controls (equal objects) and the tag
 * `<framework>-<version>:<id>` for it.
 */
export function controlsTableProblems(controls: ControlsTable, policies: readonly RampartPolicy[]): string[] {
  const problems: string[] = [];
  for (const [name, cs] of Object.entries(controls)) {
    const p = policies.find((x) => x.name === name);
    if (!p) {
      problems.push(`${name}: not a policy of the pack`);
      continue;
    }
    for (const c of cs) {
      if (!(p.controls ?? []).some((x) => isDeepStrictEqual(x, c))) problems.push(`${name}: does not carry ${JSON.stringify(c)}`);
      const tag = `${c.framework}-${c.version}:${c.id}`;
      if (!p.allTags.includes(tag)) problems.push(`${name}: has no tag ${tag}`);
    }
  }
  return problems;
}

/**
 * The policy mapping a catalog carries in its controls' `policies` lists. When `carriesMapping`,
 * every named policy exists, carries the control (as `catalogControlsFor` builds it) and its tag
 * `<framework>-<version>:<id>`, and no control with policies is marked "not checkable"; when not,
 * no control lists policies at all (the mapping lives in the pack's controls table).
 */
export function catalogMappingProblems(f: FrameworkCatalog, policies: readonly RampartPolicy[], carriesMapping: boolean): string[] {
  const problems: string[] = [];
  for (const c of f.controls) {
    if (!c.policies) continue;
    if (!carriesMapping) {
      problems.push(`${f.id} ${c.id}: lists policies, but the catalog is not one that carries the mapping`);
      continue;
    }
    if (c.policies.length && c.notCheckable) problems.push(`${f.id} ${c.id}: lists policies and is marked not checkable`);
    const expected: ComplianceControl = { framework: f.framework, version: f.version, id: c.id, ...(c.reference ? { reference: c.reference } : {}) };
    for (const n of c.policies) {
      const p = policies.find((x) => x.name === n);
      if (!p) problems.push(`${f.id} ${c.id}: ${n} is not a policy of the pack`);
      else {
        if (!(p.controls ?? []).some((x) => isDeepStrictEqual(x, expected))) problems.push(`${f.id} ${c.id}: ${n} does not carry ${JSON.stringify(expected)}`);
        if (!p.allTags.includes(`${f.framework}-${f.version}:${c.id}`)) problems.push(`${f.id} ${c.id}: ${n} has no tag ${f.framework}-${f.version}:${c.id}`);
      }
    }
  }
  return problems;
}
