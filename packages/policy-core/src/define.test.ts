import { describe, expect, it } from "vitest";
import { definePolicy } from "./define";
import { buildPolicyPack, selectPolicies, resolvePolicySettings } from "./pack";

const base = {
  description: "Buckets must be private.",
  cloud: "aws" as const,
  service: "s3",
  severity: "high" as const,
  enforcementLevel: "mandatory" as const,
  remediationSteps: "Set the ACL to private.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
  resourceTypes: ["aws:s3/bucket:Bucket"],
  validateResource: () => {},
};

describe("definePolicy rejects what the Pulumi CLI would reject later", () => {
  it.each([
    ["all", /reserved|kebab/],
    ["aws-s3-has space", /\^\[a-zA-Z0-9-_\.\]/],
    ["@rampart/aws-s3-x", /\^\[a-zA-Z0-9-_\.\]/],
    ["a".repeat(101), /\^\[a-zA-Z0-9-_\.\]/],
    ["AwsS3Private", /kebab-case/],
    ["aws-ec2-private", /must start with "aws-s3-"/],
  ])("name %s", (name, msg) => {
    expect(() => definePolicy({ ...base, name })).toThrow(msg);
  });

  it("rejects enforcementLevel as a config property", () => {
    expect(() =>
      definePolicy({
        ...base,
        name: "aws-s3-private",
        config: { enforcementLevel: { type: "string", description: "x", default: "advisory" } } as any,
      }),
    ).toThrow(/enforcementLevel cannot be a config property/);
  });

  it("requires a default and a description for every config property", () => {
    expect(() => definePolicy({ ...base, name: "aws-s3-private", config: { max: { type: "integer", description: "cap" } } as any })).toThrow(/needs a default/);
  });

  it.each([
    [{ severity: "urgent" }, /severity/],
    [{ url: "http://example.com" }, /url/],
    [{ resourceTypes: [] }, /resourceTypes/],
    [{ resourceTypes: ["Bucket"] }, /type token/],
    [{ remediationSteps: "" }, /remediationSteps/],
  ])("rejects bad metadata %j", (patch, msg) => {
    expect(() => definePolicy({ ...base, ...(patch as object), name: "aws-s3-private" })).toThrow(msg);
  });

  it("maps controls onto the SDK's framework and tags", () => {
    const p = definePolicy({
      ...base,
      name: "aws-s3-private",
      controls: [
        { framework: "aws-fsbp", version: "1.0.0", id: "S3.2" },
        { framework: "cis-aws", version: "3.0.0", id: "2.1.4" },
      ],
    });
    const sdk = p.toPulumiPolicy();
    expect(sdk.framework).toEqual({ name: "aws-fsbp", version: "1.0.0", reference: "S3.2", specification: "" });
    expect(sdk.tags).toEqual(expect.arrayContaining(["cloud:aws", "service:s3", "severity:high", "aws-fsbp-1.0.0:S3.2", "cis-aws-3.0.0:2.1.4"]));
  });

  it("sets the SDK's __pulumiType fast path only for single-type policies", () => {
    const one = definePolicy({ ...base, name: "aws-s3-one" }).toPulumiPolicy() as any;
    const two = definePolicy({ ...base, name: "aws-s3-two", resourceTypes: ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] }).toPulumiPolicy() as any;
    expect(one.validateResource.__pulumiType).toBe("aws:s3/bucket:Bucket");
    expect(two.validateResource.__pulumiType).toBeUndefined();
  });
});

describe("createPolicyPack options", () => {
  const a = definePolicy({ ...base, name: "aws-s3-a", config: { maxDays: { type: "integer", description: "cap", default: 30 } } });
  const b = definePolicy({ ...base, name: "aws-ec2-b", service: "ec2", severity: "low", controls: [{ framework: "cis-aws", version: "3.0.0", id: "5.2" }] });
  const c = definePolicy({
    ...base,
    name: "aws-s3-c",
    severity: "critical",
    config: { allowedRegions: { type: "array", description: "regions", default: [] as string[] } },
  });
  const all = [a, b, c] as const;

  it("selects by service, severity, framework and name", () => {
    expect(selectPolicies(all, { services: ["s3"] }).map((p) => p.name)).toEqual(["aws-s3-a", "aws-s3-c"]);
    expect(selectPolicies(all, { minSeverity: "critical" }).map((p) => p.name)).toEqual(["aws-s3-c"]);
    expect(selectPolicies(all, { frameworks: ["cis-aws"] }).map((p) => p.name)).toEqual(["aws-ec2-b"]);
    // A framework id with its version, as `rampart compliance --framework` names it.
    expect(selectPolicies(all, { frameworks: ["cis-aws-3.0.0"] }).map((p) => p.name)).toEqual(["aws-ec2-b"]);
    expect(selectPolicies(all, { frameworks: ["cis-aws@3.0.0"] }).map((p) => p.name)).toEqual(["aws-ec2-b"]);
    expect(selectPolicies(all, { frameworks: ["cis-aws-5.0.0"] }).map((p) => p.name)).toEqual([]);
    expect(selectPolicies(all, { exclude: ["aws-s3-a"] }).map((p) => p.name)).toEqual(["aws-ec2-b", "aws-s3-c"]);
  });

  it("turns per-policy settings and fanned-out pack settings into the initial config", () => {
    const built = buildPolicyPack("test-pack", {
      policies: all,
      policyConfig: { "aws-s3-a": { enforcementLevel: "advisory", maxDays: 7 }, "aws-ec2-b": "disabled" },
      settings: { allowedRegions: ["eu-west-1"] },
    });
    expect(built.initialConfig).toEqual({
      "aws-s3-a": { enforcementLevel: "advisory", maxDays: 7 },
      "aws-ec2-b": { enforcementLevel: "disabled" },
      "aws-s3-c": { enforcementLevel: "mandatory", allowedRegions: ["eu-west-1"] },
    });
    const sdkA = built.args.policies.find((p) => p.name === "aws-s3-a");
    expect(sdkA?.enforcementLevel).toBe("advisory");
  });

  it("rejects settings for unknown policies or config keys, duplicates and bad pack names", () => {
    expect(() => buildPolicyPack("p", { policies: all, policyConfig: { "aws-s3-zzz": "advisory" } as any })).toThrow(/not in the pack/);
    expect(() => resolvePolicySettings([a], { "aws-s3-a": { nope: 1 } as any })).toThrow(/not in the policy's config schema/);
    expect(() => buildPolicyPack("p", { policies: [a, a] })).toThrow(/duplicate/);
    expect(() => buildPolicyPack("@rampart/p", { policies: all })).toThrow(/no @scope/);
  });
});

describe("initial config always carries the enforcement level", () => {
  it("adds the policy's own level to entries that only set values (the SDK would send ADVISORY)", () => {
    const p = definePolicy({ ...base, name: "aws-s3-lvl", config: { maxDays: { type: "integer", description: "cap", default: 30 } } });
    expect(resolvePolicySettings([p], { "aws-s3-lvl": { maxDays: 7 } })).toEqual({ "aws-s3-lvl": { enforcementLevel: "mandatory", maxDays: 7 } });
    expect(resolvePolicySettings([p], {}, { maxDays: 9 })).toEqual({ "aws-s3-lvl": { enforcementLevel: "mandatory", maxDays: 9 } });
  });
});
