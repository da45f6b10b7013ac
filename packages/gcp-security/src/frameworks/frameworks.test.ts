// Every control id a policy maps to exists in its framework's catalog, every catalog is complete
// and well-formed, every CONTROLS key is a policy, and no mapped control is also "not checkable".
import { describe, expect, it } from "vitest";
import { FRAMEWORKS, policies } from "../policies";
import { CONTROLS } from "../controls";
import { CIS_GCP_5_0_0 } from "./cis-gcp-5.0.0";
import { CIS_GKE_1_6_0 } from "./cis-gke-1.6.0";

const names: ReadonlySet<string> = new Set(policies.map((p) => p.name));

describe("framework catalogs", () => {
  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))("%s: unique ids, a title each, a named https source", (_id, f) => {
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

  it("every CONTROLS key is a policy of the pack", () => {
    expect(Object.keys(CONTROLS).filter((n) => !names.has(n))).toEqual([]);
  });

  it("CIS v5.0.0: no mapped control is also 'not checkable', and the catalog does not carry the mapping", () => {
    const mapped = new Set(Object.values(CONTROLS).flatMap((cs) => cs.filter((c) => c.framework === "cis-gcp" && c.version === "5.0.0").map((c) => c.id)));
    const both = CIS_GCP_5_0_0.controls.filter((c) => mapped.has(c.id) && c.notCheckable).map((c) => c.id);
    expect(both).toEqual([]);
    for (const c of CIS_GCP_5_0_0.controls) expect(c.policies, c.id).toBeUndefined();
    // The catalog has the benchmark's 93 recommendations, 1.1.1 to 8.1.
    expect(CIS_GCP_5_0_0.controls).toHaveLength(93);
    expect(CIS_GCP_5_0_0.controls[0].id).toBe("1.1.1");
    expect(CIS_GCP_5_0_0.controls.at(-1)!.id).toBe("8.1");
  });

  it("CIS GKE v1.6.0: no mapped control is also 'not checkable', the catalog does not carry the mapping, and every gcp-gke policy maps to it", () => {
    const mapped = new Set(Object.values(CONTROLS).flatMap((cs) => cs.filter((c) => c.framework === "cis-gke" && c.version === "1.6.0").map((c) => c.id)));
    const both = CIS_GKE_1_6_0.controls.filter((c) => mapped.has(c.id) && c.notCheckable).map((c) => c.id);
    expect(both).toEqual([]);
    for (const c of CIS_GKE_1_6_0.controls) expect(c.policies, c.id).toBeUndefined();
    // The catalog has the benchmark's 68 recommendations, 2.1.1 to 5.10.5.
    expect(CIS_GKE_1_6_0.controls).toHaveLength(68);
    expect(CIS_GKE_1_6_0.controls[0].id).toBe("2.1.1");
    expect(CIS_GKE_1_6_0.controls.at(-1)!.id).toBe("5.10.5");
    // v1.6.0 has no recommendation on the legacy metadata endpoints; every other gcp-gke policy maps to it.
    const unmapped = [...names].filter(
      (n) => n.startsWith("gcp-gke-") && n !== "gcp-gke-disallow-legacy-metadata-endpoints" && !(CONTROLS[n] ?? []).some((c) => c.framework === "cis-gke"),
    );
    expect(unmapped).toEqual([]);
  });

  it("policies carry their CIS tags", () => {
    for (const [name, cs] of Object.entries(CONTROLS)) {
      const p = policies.find((x) => x.name === name);
      if (!p) continue;
      for (const c of cs) expect(p.allTags, name).toContain(`${c.framework}-${c.version}:${c.id}`);
    }
  });
});
