// Every control id a policy maps to exists in its framework's catalog, every catalog is complete
// and well-formed, every CONTROLS key is a policy, and no mapped control is also "not checkable".
import { expect, it } from "vitest";
import { frameworkCatalogTests } from "@rampart/policy-testing/vitest";
import { FRAMEWORKS, policies } from "../policies";
import { CONTROLS } from "../controls";
import { CIS_GCP_5_0_0 } from "./cis-gcp-5.0.0";
import { CIS_GKE_1_6_0 } from "./cis-gke-1.6.0";

const names: ReadonlySet<string> = new Set(policies.map((p) => p.name));

frameworkCatalogTests({ frameworks: FRAMEWORKS, policies, controls: CONTROLS }, () => {
  it("CIS v5.0.0 has the benchmark's 93 recommendations, 1.1.1 to 8.1", () => {
    expect(CIS_GCP_5_0_0.controls).toHaveLength(93);
    expect(CIS_GCP_5_0_0.controls[0].id).toBe("1.1.1");
    expect(CIS_GCP_5_0_0.controls.at(-1)!.id).toBe("8.1");
  });

  it("CIS GKE v1.6.0 has the benchmark's 68 recommendations, and every gcp-gke policy maps to it", () => {
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
});
