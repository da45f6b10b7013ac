import { describe, expect, it } from "vitest";
import type { PolicyInfo } from "../metadata";
import { filterPolicies } from "./list";
import { run } from "./test-util";

const p = (name: string, service: string, severity: string, frameworks: string[]): PolicyInfo => ({
  name,
  pack: "x",
  description: "d",
  cloud: "aws",
  service,
  severity,
  enforcementLevel: "advisory",
  kind: "resource",
  remediationSteps: "r",
  url: "https://x",
  controls: frameworks.map((f) => ({ framework: f.split("@")[0], version: f.split("@")[1] ?? "1.0.0", id: "1" })),
  resourceTypes: ["aws:s3/bucket:Bucket"],
  config: {},
  defaults: {},
});
const list = [p("a", "s3", "low", ["aws-fsbp"]), p("b", "ec2", "high", ["cis-aws@3.0.0"]), p("c", "s3", "critical", [])];

describe("list filters", () => {
  it("filters by service, severity (exact, list, and level+) and framework", () => {
    expect(filterPolicies(list, { service: "s3" }).map((x) => x.name)).toEqual(["a", "c"]);
    expect(filterPolicies(list, { severity: "high" }).map((x) => x.name)).toEqual(["b"]);
    expect(filterPolicies(list, { severity: "low,critical" }).map((x) => x.name)).toEqual(["a", "c"]);
    expect(filterPolicies(list, { severity: "high+" }).map((x) => x.name)).toEqual(["b", "c"]);
    expect(filterPolicies(list, { framework: "CIS-AWS" }).map((x) => x.name)).toEqual(["b"]);
    expect(filterPolicies(list, { framework: "cis-aws@3.0.0" }).map((x) => x.name)).toEqual(["b"]);
    expect(filterPolicies(list, { framework: "cis-aws@2.0.0" })).toEqual([]);
    expect(filterPolicies(list, { framework: "cis-aws-3.0.0" }).map((x) => x.name)).toEqual(["b"]);
    expect(filterPolicies(list, { framework: "cis-aws-5.0.0" })).toEqual([]);
    expect(filterPolicies(list, { service: "s3", severity: "critical" }).map((x) => x.name)).toEqual(["c"]);
    expect(() => filterPolicies(list, { severity: "severe" })).toThrow(/--severity must be one of/);
  });
});

describe("rampart list", () => {
  it("prints a table of the pack's policies", async () => {
    const r = await run(["list", "--pack", "aws-security"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^POLICY\s+PACK\s+SEVERITY\s+LEVEL\s+CONTROLS\n/);
    expect(r.out).toMatch(/aws-s3-disallow-public-acl\s+aws-security\s+critical\s+mandatory\s+aws-fsbp S3.2/);
  });
  it("prints JSON with every field, filtered", async () => {
    const v5 = JSON.parse((await run(["list", "--pack", "aws-security", "--framework", "cis-aws-5.0.0", "--json"])).out);
    expect(v5.map((x: { name: string }) => x.name)).toContain("aws-rds-recommend-multi-az"); // CIS v5.0.0 2.2.4, new in v5
    const r = await run(["list", "--pack", "aws-security", "--service", "s3", "--framework", "cis-aws", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as PolicyInfo[];
    expect(doc.length).toBeGreaterThan(0);
    for (const x of doc) {
      expect(x.service).toBe("s3");
      expect(x.controls.some((c) => c.framework === "cis-aws")).toBe(true);
      expect(Object.keys(x)).toEqual(
        expect.arrayContaining(["name", "pack", "severity", "enforcementLevel", "remediationSteps", "url", "resourceTypes", "config", "defaults"]),
      );
    }
    expect(doc.map((x) => x.name)).toContain("aws-s3-require-public-access-block");
  });
  it("rejects a bad severity with one line and exit 2", async () => {
    const r = await run(["list", "--pack", "aws-security", "--severity", "severe"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
