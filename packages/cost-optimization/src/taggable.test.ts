// The maintained list of taggable types (src/data/taggable.json) must match the installed
// provider SDKs: regenerate it in memory with scripts/taggable.mjs and compare.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { formatTaggable, generateTaggable } from "../scripts/taggable.mjs";
import taggable from "./data/taggable.json";
import { policies } from "./policies";

describe("taggable types", () => {
  it("src/data/taggable.json is up to date with the installed provider packages (run node scripts/taggable.mjs)", () => {
    const started = Date.now();
    const fresh = generateTaggable(path.resolve(__dirname, ".."));
    expect(Date.now() - started).toBeLessThan(60_000);
    for (const key of ["aws", "azure-native", "gcp"] as const) {
      const added = fresh[key].filter((t) => !taggable[key].includes(t));
      const removed = taggable[key].filter((t) => !fresh[key].includes(t));
      expect({ key, added, removed }).toEqual({ key, added: [], removed: [] });
    }
    expect(formatTaggable({ ...fresh, generatedFrom: taggable.generatedFrom })).toBe(formatTaggable(taggable));
  });

  it("holds well-known taggable types and leaves out untaggable ones", () => {
    expect(taggable.aws).toEqual(
      expect.arrayContaining(["aws:ec2/instance:Instance", "aws:s3/bucket:Bucket", "aws:rds/instance:Instance", "aws:dynamodb/table:Table"]),
    );
    expect(taggable.aws).not.toContain("aws:s3/bucketPolicy:BucketPolicy");
    // Auto Scaling groups take a list of {key, value, propagateAtLaunch}, not a tag map.
    expect(taggable.aws).not.toContain("aws:autoscaling/group:Group");
    expect(taggable["azure-native"]).toEqual(
      expect.arrayContaining(["azure-native:compute:VirtualMachine", "azure-native:resources:ResourceGroup", "azure-native:storage:StorageAccount"]),
    );
    expect(taggable["azure-native"]).not.toContain("azure-native:storage:BlobContainer");
    expect(taggable.gcp).toEqual(expect.arrayContaining(["gcp:compute/instance:Instance", "gcp:storage/bucket:Bucket", "gcp:compute/disk:Disk"]));
    expect(taggable.gcp).not.toContain("gcp:storage/bucketIAMMember:BucketIAMMember");
  });

  it("the required-tags policies apply to exactly the taggable types of their cloud", () => {
    const byName = new Map(policies.map((p) => [p.name, p]));
    expect(byName.get("aws-tagging-require-cost-allocation-tags")!.resourceTypes).toEqual(taggable.aws);
    expect(byName.get("azure-tagging-require-cost-allocation-tags")!.resourceTypes).toEqual(taggable["azure-native"]);
    expect(byName.get("gcp-tagging-require-cost-allocation-labels")!.resourceTypes).toEqual(taggable.gcp);
  });
});
