import { describe, expect, it } from "vitest";
import { AWSGUARD_TYPES, URN_PATTERN, asStackResource, cloudOf, generateWorkload, mixOf } from "./workload";

describe("generateWorkload", () => {
  const a = generateWorkload(5000, 42);

  it("is deterministic for a seed and differs across seeds", () => {
    expect(JSON.stringify(generateWorkload(5000, 42))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateWorkload(5000, 7))).not.toBe(JSON.stringify(a));
  });

  it("produces exactly the requested number of resources with unique, valid URNs", () => {
    expect(a).toHaveLength(5000);
    expect(generateWorkload(1000, 1)).toHaveLength(1000);
    const urns = new Set(a.map((r) => r.urn));
    expect(urns.size).toBe(5000);
    for (const r of a) {
      expect(r.urn).toMatch(URN_PATTERN);
      expect(r.urn.endsWith(`::${r.name}`)).toBe(true);
      expect(r.urn.split("::")[2].split("$").pop()).toBe(r.type);
    }
  });

  it("links parents, dependencies and providers to resources of the stack", () => {
    const urns = new Set(a.map((r) => r.urn));
    for (const r of a) {
      if (r.parent) expect(urns.has(r.parent)).toBe(true);
      for (const d of r.dependencies ?? []) expect(urns.has(d)).toBe(true);
      for (const ds of Object.values(r.propertyDependencies ?? {})) for (const d of ds) expect(urns.has(d)).toBe(true);
      if (r.provider) {
        expect(urns.has(r.provider.urn)).toBe(true);
        expect(r.provider.type).toBe(`pulumi:providers:${r.type.split(":")[0]}`);
      }
    }
    expect(a.some((r) => r.urn.includes("acme:web:Service$aws:"))).toBe(true);
  });

  it("has a realistic mix of AWS, Azure and GCP types", () => {
    const { byCloud, byType } = mixOf(a);
    expect(byCloud.aws / 5000).toBeGreaterThan(0.5);
    expect(byCloud.azure / 5000).toBeGreaterThan(0.1);
    expect(byCloud.gcp / 5000).toBeGreaterThan(0.1);
    for (const t of [
      "aws:s3/bucket:Bucket",
      "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
      "aws:ec2/securityGroup:SecurityGroup",
      "aws:ec2/instance:Instance",
      "aws:rds/instance:Instance",
      "aws:iam/policy:Policy",
      "aws:kms/key:Key",
      "aws:lambda/function:Function",
      "azure-native:resources:ResourceGroup",
      "azure-native:storage:StorageAccount",
      "azure-native:compute:VirtualMachine",
      "gcp:compute/instance:Instance",
      "gcp:storage/bucket:Bucket",
      "gcp:sql/databaseInstance:DatabaseInstance",
    ]) {
      expect(byType[t] ?? 0, t).toBeGreaterThan(10);
    }
    // Both S3 shapes: inline settings and companion resources.
    const buckets = a.filter((r) => r.type === "aws:s3/bucket:Bucket");
    expect(buckets.some((b) => "serverSideEncryptionConfiguration" in b.props)).toBe(true);
    expect(buckets.some((b) => !("serverSideEncryptionConfiguration" in b.props))).toBe(true);
    expect(a.filter((r) => AWSGUARD_TYPES.includes(r.type)).length).toBeGreaterThan(500);
  });

  it("adds provider outputs for AnalyzeStack and classifies clouds", () => {
    const b = a.find((r) => r.type === "aws:s3/bucket:Bucket")!;
    expect(asStackResource(b).props).toMatchObject({ id: b.props.bucket, arn: `arn:aws:s3:::${b.props.bucket}` });
    expect(cloudOf("pulumi:providers:azure-native")).toBe("azure");
    expect(() => generateWorkload(5)).toThrow(RangeError);
  });
});
