// Every control a policy maps to exists in its framework's catalog, every catalog is complete and
// well-formed, every key of the controls table is a policy of the pack, and no CIS recommendation a
// policy implements is also marked "not checkable".
import * as fs from "node:fs";
import * as path from "node:path";
import { expect, it } from "vitest";
import { frameworkCatalogTests } from "@rampart/policy-testing/vitest";
import { FRAMEWORKS, policies } from "../policies";
import { CONTROLS, MCSB } from "../controls";
import { CIS_AZURE_6_0_0 } from "./cis-azure-6.0.0";
import { MCSB_1_0 } from "./mcsb";

frameworkCatalogTests({ frameworks: FRAMEWORKS, policies, controls: CONTROLS }, () => {
  it("CIS v6.0.0: prowler's mapping lists 127 recommendations, 2.1.1 to 9.3.11", () => {
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
