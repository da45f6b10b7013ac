import { describe, expect, it } from "vitest";
import { isPreviewAdvisory, PREVIEW_ADVISORY } from "./preview";

describe("isPreviewAdvisory", () => {
  it("recognises the SDK's and rampart's preview advisories", () => {
    const sdk = "can't run policy 'aws-s3-x' from policy pack 'aws-security@v0.1.0' during preview: string value at .acl can't be known during preview";
    const own = "S3 buckets must be private.\ncan't be checked during preview: acl is unknown";
    expect(isPreviewAdvisory(sdk)).toBe(true);
    expect(isPreviewAdvisory(own)).toBe(true);
    expect(own.slice(own.search(PREVIEW_ADVISORY)).replace(PREVIEW_ADVISORY, "")).toBe("acl is unknown");
  });
  it("is false for violations and other diagnostics", () => {
    expect(isPreviewAdvisory('acl is "public-read". Set it to "private".')).toBe(false);
    expect(isPreviewAdvisory("can't run policy during preview")).toBe(false);
  });
});
