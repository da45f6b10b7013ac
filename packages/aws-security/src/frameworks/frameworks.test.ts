// Every control id a policy maps to exists in its framework's catalog, every catalog is complete
// and well-formed, and the CIS v5.0.0 catalog's policy names are policies of the pack.
import { expect, it } from "vitest";
import { frameworkCatalogTests } from "@rampart/policy-testing/vitest";
import { FRAMEWORKS, policies } from "../policies";
import { CONTROLS } from "../controls";
import { CIS_AWS_5_0_0 } from "./cis-aws-5.0.0";

frameworkCatalogTests({ frameworks: FRAMEWORKS, policies, minChecked: 150, mappingIn: [CIS_AWS_5_0_0.id] }, () => {
  it("CIS v5.0.0 has the benchmark's 63 recommendations, 1.1 to 5.7", () => {
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
