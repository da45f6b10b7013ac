import { describe, expect, it } from "vitest";
import { definePolicy } from "./define";
import { policyFactory } from "./factory";
import { buildPolicyPack, policyByName, resolvePolicySettings } from "./pack";
import type { ComplianceControl } from "./types";

const body = {
  description: "Buckets must be private.",
  remediationSteps: "Set the ACL to private.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
  resourceTypes: ["aws:s3/bucket:Bucket"],
  validateResource: () => {},
};
const CTRL: ComplianceControl = { framework: "aws-fsbp", version: "1.0.0", id: "S3.2" };

describe("policyFactory", () => {
  it("derives cloud and service from the name and looks controls up in the pack's table", () => {
    const p = policyFactory({ controls: { "aws-s3-private": [CTRL] } })({ ...body, name: "aws-s3-private", severity: "high", enforcementLevel: "mandatory" });
    expect([p.cloud, p.service, p.controls]).toEqual(["aws", "s3", [CTRL]]);
    expect(p.allTags).toEqual(["cloud:aws", "service:s3", "severity:high", "aws-fsbp-1.0.0:S3.2"]);
    const full = definePolicy({
      ...body,
      name: "aws-s3-private",
      cloud: "aws",
      service: "s3",
      severity: "high",
      enforcementLevel: "mandatory",
      controls: [CTRL],
    });
    const { validateResource: _a, ...fromFactory } = p.toPulumiPolicy() as any;
    const { validateResource: _b, ...written } = full.toPulumiPolicy() as any;
    expect(fromFactory).toEqual(written);
  });

  it("gives a policy missing from the table no controls, and none at all without a table", () => {
    expect(policyFactory({ controls: {} })({ ...body, name: "aws-s3-other", severity: "low", enforcementLevel: "advisory" }).controls).toEqual([]);
    expect(policyFactory()({ ...body, name: "gcp-storage-other", severity: "low", enforcementLevel: "advisory" }).controls).toBeUndefined();
  });

  it("fills the pack's defaults and puts its tags first; a policy's own values win", () => {
    const costPolicy = policyFactory({ defaults: { enforcementLevel: "advisory", severity: "low", tags: ["cost"] } });
    const p = costPolicy({ ...body, name: "azure-storage-cheap", tags: ["storage"] });
    expect([p.cloud, p.service, p.severity, p.enforcementLevel, p.tags]).toEqual(["azure", "storage", "low", "advisory", ["cost", "storage"]]);
    expect(costPolicy({ ...body, name: "azure-storage-dear", severity: "high", enforcementLevel: "mandatory" })).toMatchObject({
      severity: "high",
      enforcementLevel: "mandatory",
      tags: ["cost"],
    });
  });

  it("rejects what definePolicy rejects: a name without cloud and service, a missing severity", () => {
    const f = policyFactory();
    expect(() => f({ ...body, name: "buckets", severity: "high", enforcementLevel: "mandatory" })).toThrow(/kebab-case/);
    expect(() => f({ ...body, name: "aws-s3-x", enforcementLevel: "mandatory" })).toThrow(/severity must be one of/);
  });
});

describe("definePolicy rejects the generator's placeholders", () => {
  const f = policyFactory();
  const ok = { ...body, name: "aws-s3-private", severity: "high" as const, enforcementLevel: "mandatory" as const };
  it.each([
    ["description", { description: "TODO: what good looks like, in one sentence." }, /description still holds a TODO/],
    ["remediationSteps", { remediationSteps: "TODO: what to set instead." }, /remediationSteps still holds a TODO/],
    ["url", { url: "https://TODO.invalid/documentation-of-the-setting" }, /url still holds a TODO/],
    ["a .invalid url", { url: "https://docs.example.invalid/page" }, /\.invalid placeholder/],
  ])("%s", (_what, change, error) => {
    expect(() => f({ ...ok, ...change })).toThrow(error);
  });
  it("accepts words that merely contain TODO and real documentation hosts", () => {
    expect(() => f({ ...ok, description: "Buckets must be private (MASTODON style).", url: "https://invalid.example.com/x" })).not.toThrow();
  });
});

describe("aliases", () => {
  const f = policyFactory();
  const ok = { ...body, name: "aws-s3-private", severity: "high" as const, enforcementLevel: "mandatory" as const };
  it("keeps former names on the policy", () => {
    const p = f({ ...ok, aliases: ["aws-s3-disallow-public"] });
    expect(p.aliases).toEqual(["aws-s3-disallow-public"]);
    // reported to the engine as a tag, so the CLI and Pulumi Cloud see it
    expect(p.allTags).toContain("alias:aws-s3-disallow-public");
    expect((p.toPulumiPolicy() as any).tags).toContain("alias:aws-s3-disallow-public");
  });
  it.each([["all"], ["aws-s3-private"], ["has space"]])("rejects alias %s", (alias) => {
    expect(() => f({ ...ok, aliases: [alias] })).toThrow(/alias/);
  });
});

describe("pack config written against an alias", () => {
  const f = policyFactory();
  const renamed = f({ ...body, name: "aws-s3-private", severity: "high", enforcementLevel: "mandatory", aliases: ["aws-s3-old-private"] });
  it("applies to the renamed policy, with a deprecation notice; the current name wins over an alias", () => {
    expect(policyByName([renamed], "aws-s3-old-private")).toEqual({ policy: renamed, deprecation: expect.stringContaining('renamed to "aws-s3-private"') });
    expect(policyByName([renamed], "aws-s3-private")).toEqual({ policy: renamed });
    expect(policyByName([renamed], "aws-s3-nope")).toBeUndefined();
    expect(resolvePolicySettings([renamed], { "aws-s3-old-private": "advisory" })).toEqual({ "aws-s3-private": { enforcementLevel: "advisory" } });
    expect(resolvePolicySettings([renamed], { "aws-s3-private": "disabled", "aws-s3-old-private": "advisory" })).toEqual({
      "aws-s3-private": { enforcementLevel: "disabled" },
    });
    const pack = buildPolicyPack("p", { policies: [renamed], policyConfig: { "aws-s3-old-private": "advisory" } as any });
    expect(pack.initialConfig).toEqual({ "aws-s3-private": { enforcementLevel: "advisory" } });
  });
  it("a pack rejects an alias that is another policy's name", () => {
    const other = f({ ...body, name: "aws-s3-old-private", severity: "low", enforcementLevel: "advisory" });
    expect(() => buildPolicyPack("p", { policies: [renamed, other] })).toThrow(/duplicate policy name or alias/);
  });
});
