// Every control id a policy maps to exists in its framework's catalog, every catalog is complete
// and well-formed, and the CIS v5.0.0 catalog's policy names are policies of the pack.
import { describe, expect, it } from "vitest";
import { FRAMEWORKS, policies } from "../policies";
import { CONTROLS } from "../controls";
import { CIS_AWS_5_0_0 } from "./cis-aws-5.0.0";

const names: ReadonlySet<string> = new Set(policies.map((p) => p.name));

describe("framework catalogs", () => {
  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))("%s: unique ids, a title each, a named source", (_id, f) => {
    const ids = f.controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of f.controls) expect(c.title.length, c.id).toBeGreaterThan(5);
    expect(f.source).toMatch(/https:\/\//);
    expect(f.id === f.framework || f.id === `${f.framework}-${f.version}`).toBe(true);
  });

  it("every control a policy maps to exists in its framework's catalog", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const p of policies) {
      for (const c of p.controls ?? []) {
        const f = FRAMEWORKS.find((x) => x.framework === c.framework && x.version === c.version);
        if (!f) missing.push(`${p.name}: framework ${c.framework} ${c.version} has no catalog`);
        else if (!f.controls.some((x) => x.id === c.id)) missing.push(`${p.name}: ${c.framework} ${c.version} ${c.id} is not a control of ${f.title}`);
        checked++;
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it("CIS v5.0.0: the catalog's policies exist, are merged into their controls, and no mapped control is also 'not checkable'", () => {
    for (const c of CIS_AWS_5_0_0.controls) {
      for (const n of c.policies ?? []) {
        expect(names.has(n), `${c.id}: ${n}`).toBe(true);
        const p = policies.find((x) => x.name === n)!;
        expect(p.controls).toContainEqual({ framework: "cis-aws", version: "5.0.0", id: c.id });
        expect(p.allTags).toContain(`cis-aws-5.0.0:${c.id}`);
      }
      expect(!!(c.policies?.length && c.notCheckable), c.id).toBe(false);
    }
    // The catalog has the benchmark's 63 recommendations, 1.1 to 5.7.
    expect(CIS_AWS_5_0_0.controls).toHaveLength(63);
  });

  it("every policy mapped to CIS v3.0.0 is mapped to v5.0.0 too (the recommendations were renumbered, not dropped)", () => {
    const v3 = Object.entries(CONTROLS)
      .filter(([, cs]) => cs.some((c) => c.framework === "cis-aws" && c.version === "3.0.0"))
      .map(([n]) => n);
    const v5 = new Set(CIS_AWS_5_0_0.controls.flatMap((c) => c.policies ?? []));
    expect(v3.filter((n) => !v5.has(n))).toEqual([]);
  });
});
