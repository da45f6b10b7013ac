import { describe, expect, it } from "vitest";
import { baselineByCurrentName, exemptionsByCurrentName, renamesOf } from "./aliases";
import { applyExemptions } from "./exemptions";

const packs = [{ info: { policies: [{ name: "aws-s3-private", tags: ["alias:aws-s3-old-private"] }] } as any }];
const violation = { pack: "aws-security", policy: "aws-s3-private", urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", resourceName: "b", message: "m" } as any;

describe("renamed policies", () => {
  const renames = renamesOf(packs);
  it("exemptions written against the former name still apply, with one warning", () => {
    const warnings: string[] = [];
    const set = { file: "rampart.yaml", active: [{ policy: "aws-s3-old-private", resource: "*", reason: "r" }], expired: [] } as any;
    expect(applyExemptions([violation], set).exempted).toHaveLength(0);
    const moved = exemptionsByCurrentName(set, renames, (t) => warnings.push(t));
    expect(applyExemptions([violation], moved).exempted).toHaveLength(1);
    expect(warnings).toEqual(['rampart.yaml: policy "aws-s3-old-private" was renamed to "aws-s3-private"; the exemption still applies, rename it']);
  });
  it("baseline entries written against the former name still match", () => {
    const warnings: string[] = [];
    const keys = new Set([JSON.stringify(["aws-security", "aws-s3-old-private", violation.urn, "h"]), JSON.stringify(["aws-security", "other", "u", "h"])]);
    expect([...baselineByCurrentName(keys, renames, (t) => warnings.push(t), "b.json")!]).toEqual([
      JSON.stringify(["aws-security", "aws-s3-private", violation.urn, "h"]),
      JSON.stringify(["aws-security", "other", "u", "h"]),
    ]);
    expect(warnings).toHaveLength(1);
  });
  it("leaves everything alone without renames", () => {
    const set = { file: "f", active: [], expired: [] };
    expect(exemptionsByCurrentName(set, new Map(), () => {})).toBe(set);
  });
});
