import type { FrameworkCatalog, RampartPolicy } from "@rampart/policy-core";
import { describe, expect, it } from "vitest";
import { catalogMappingProblems, catalogShapeProblems, controlsTableProblems, mappedControlProblems } from "./frameworks";
import { frameworkCatalogTests } from "./vitest";

const catalog: FrameworkCatalog = {
  id: "cis-x-1.0.0",
  framework: "cis-x",
  version: "1.0.0",
  title: "CIS X v1.0.0",
  source: "CIS X Benchmark v1.0.0, https://example.org/cis-x",
  controls: [
    { id: "1.1", title: "Ensure one thing", policies: ["x-one"] },
    { id: "1.2", title: "Ensure another thing", notCheckable: "an organisational process" },
  ],
};
const control = { framework: "cis-x", version: "1.0.0", id: "1.1" };
const policy = (name: string, controls: (typeof control)[]) =>
  ({ name, controls, allTags: controls.map((c) => `${c.framework}-${c.version}:${c.id}`) }) as unknown as RampartPolicy;
const policies = [policy("x-one", [control])];

describe("framework catalog checks", () => {
  it("find nothing wrong with a consistent catalog", () => {
    expect(catalogShapeProblems(catalog)).toEqual([]);
    expect(mappedControlProblems([catalog], policies)).toEqual({ problems: [], checked: 1 });
    expect(catalogMappingProblems(catalog, policies, true)).toEqual([]);
    expect(controlsTableProblems({ "x-one": [control] }, policies)).toEqual([]);
  });

  it("report a duplicate id, a missing title, a source without a link and a malformed id", () => {
    const bad = { ...catalog, id: "cis-x-1", source: "CIS X", controls: [...catalog.controls, { id: "1.1", title: "" }] };
    expect(catalogShapeProblems(bad)).toHaveLength(4);
  });

  it("report a mapped control with no catalog, not in the catalog, or marked not checkable", () => {
    const ps = [policy("a", [{ ...control, version: "2.0.0" }]), policy("b", [{ ...control, id: "9.9" }]), policy("c", [{ ...control, id: "1.2" }])];
    const { problems, checked } = mappedControlProblems([catalog], ps);
    expect(checked).toBe(3);
    expect(problems).toEqual([
      "a: framework cis-x 2.0.0 has no catalog",
      "b: cis-x 1.0.0 9.9 is not a control of CIS X v1.0.0",
      "c: cis-x 1.0.0 1.2 is marked not checkable (an organisational process)",
    ]);
  });

  it("report a catalog mapping to an unknown or unmerged policy, or one it should not carry", () => {
    expect(catalogMappingProblems(catalog, [], true)).toEqual(["cis-x-1.0.0 1.1: x-one is not a policy of the pack"]);
    expect(catalogMappingProblems(catalog, [policy("x-one", [])], true)).toHaveLength(2);
    expect(catalogMappingProblems(catalog, policies, false)).toHaveLength(1);
    const both = { ...catalog, controls: [{ ...catalog.controls[0], notCheckable: "live data" }] };
    expect(catalogMappingProblems(both, policies, true)).toEqual(["cis-x-1.0.0 1.1: lists policies and is marked not checkable"]);
  });

  it("report a controls table key that is no policy, or a control or tag a policy lacks", () => {
    expect(controlsTableProblems({ "x-two": [control] }, policies)).toEqual(["x-two: not a policy of the pack"]);
    expect(controlsTableProblems({ "x-one": [{ ...control, id: "1.2" }] }, policies)).toHaveLength(2);
  });
});

frameworkCatalogTests({ frameworks: [catalog], policies, controls: { "x-one": [control] }, mappingIn: [catalog.id] });
