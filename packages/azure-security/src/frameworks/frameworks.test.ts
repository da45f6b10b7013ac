// Every control a policy maps to exists in its framework's catalog, every catalog is complete and
// well-formed, every key of the controls table is a policy of the pack, and no CIS recommendation a
// policy implements is also marked "not checkable".
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { FRAMEWORKS, policies } from "../policies";
import { CONTROLS, MCSB } from "../controls";
import { CIS_AZURE_6_0_0 } from "./cis-azure-6.0.0";
import { MCSB_1_0 } from "./mcsb";

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
    expect(checked).toBeGreaterThan(0);
  });

  it("every key of the controls table is a policy of the pack, and each policy carries its line", () => {
    for (const [name, controls] of Object.entries(CONTROLS)) {
      expect(names.has(name), name).toBe(true);
      const p = policies.find((x) => x.name === name)!;
      for (const c of controls) expect(p.controls).toContainEqual(c);
    }
  });

  it("no CIS v6.0.0 recommendation a policy maps to is marked 'not checkable'", () => {
    const mapped = new Set(Object.values(CONTROLS).flatMap((cs) => cs.filter((c) => c.framework === "cis-azure").map((c) => c.id)));
    const both = CIS_AZURE_6_0_0.controls.filter((c) => mapped.has(c.id) && c.notCheckable).map((c) => c.id);
    expect(both).toEqual([]);
    for (const c of CIS_AZURE_6_0_0.controls) expect(c.policies, c.id).toBeUndefined();
    // prowler's mapping lists 127 recommendations, 2.1.1 to 9.3.11.
    expect(CIS_AZURE_6_0_0.controls).toHaveLength(127);
  });

  it("MCSB: 85 controls in twelve domains, each linked to the page MCSB() links", () => {
    expect(MCSB_1_0.controls).toHaveLength(85);
    expect(new Set(MCSB_1_0.controls.map((c) => c.id.split("-")[0])).size).toBe(12);
    for (const c of MCSB_1_0.controls) expect(MCSB(c.id).reference, c.id).toBe(c.reference);
  });

  it("the README lists every CIS v6.0.0 recommendation marked not checkable (RAMPART_WRITE_README=1 rewrites the list)", () => {
    const file = path.join(__dirname, "..", "..", "README.md");
    const start = "<!-- azure-security:not-checkable:start -->";
    const end = "<!-- azure-security:not-checkable:end -->";
    const list = CIS_AZURE_6_0_0.controls
      .filter((c) => c.notCheckable)
      .map((c) => `- **${c.id}** ${c.title} (${c.profile}, ${c.assessment}): ${c.notCheckable}.`)
      .join("\n");
    const readme = fs.readFileSync(file, "utf8");
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    expect(i >= 0 && j > i, "README markers").toBe(true);
    const expected = `${readme.slice(0, i + start.length)}\n${list}\n${readme.slice(j)}`;
    if (process.env.RAMPART_WRITE_README === "1") fs.writeFileSync(file, expected);
    else expect(readme).toBe(expected);
  });
});
