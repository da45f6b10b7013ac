import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  AWS_REGIONS,
  AZURE_REGION_PAIRS,
  AZURE_REGIONS,
  awsRegionOfArn,
  checkGcpLocation,
  checkRegion,
  describeAllowed,
  describeRegion,
  EU_MEMBER_STATES,
  GCP_DUAL_REGIONS,
  GCP_MULTI_REGIONS,
  GCP_REGIONS,
  gcpRegionOfZone,
  isAwsGlobalType,
  isResidencyConfigured,
  jurisdictionOfCountry,
  lookupRegion,
  normalizeAzureLocation,
} from "./index";

describe("location catalog", () => {
  it("has 27 EU member states", () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
  });

  it("maps countries to jurisdictions", () => {
    expect(jurisdictionOfCountry("de")).toBe("EU");
    expect(jurisdictionOfCountry("GB")).toBe("UK");
    expect(jurisdictionOfCountry("CH")).toBe("CH");
    expect(jurisdictionOfCountry("NO")).toBe("NO");
    expect(jurisdictionOfCountry("US")).toBe("US");
  });

  it("lists every region of @pulumi/aws's Region enum except eu-isoe-west-1", () => {
    let enums: string;
    try {
      enums = fs.readFileSync(path.join(require.resolve("@pulumi/aws/package.json", { paths: [process.cwd()] }), "..", "types", "enums", "index.d.ts"), "utf8");
    } catch {
      return; // @pulumi/aws is not installed here
    }
    const codes = [...enums.matchAll(/readonly \w+: "([a-z0-9-]+)";/g)].map((m) => m[1]).filter((c) => /^[a-z]+(-[a-z]+)+-\d$/.test(c));
    expect(codes.length).toBeGreaterThan(30);
    const missing = codes.filter((c) => !AWS_REGIONS.has(c) && c !== "eu-isoe-west-1");
    expect(missing).toEqual([]);
  });

  it("puts well-known regions in the right country and jurisdiction", () => {
    expect(lookupRegion("aws", "eu-west-1")).toMatchObject({ country: "IE", jurisdiction: "EU" });
    expect(lookupRegion("aws", "eu-west-2")).toMatchObject({ country: "GB", jurisdiction: "UK" });
    expect(lookupRegion("aws", "eu-central-2")).toMatchObject({ country: "CH", jurisdiction: "CH" });
    expect(lookupRegion("aws", "US-EAST-1")).toMatchObject({ country: "US", jurisdiction: "US" });
    expect(lookupRegion("azure", "West Europe")).toMatchObject({ name: "westeurope", country: "NL", jurisdiction: "EU" });
    expect(lookupRegion("azure", "norwayeast")).toMatchObject({ jurisdiction: "NO" });
    expect(lookupRegion("gcp", "europe-west1-b")).toMatchObject({ name: "europe-west1", country: "BE", jurisdiction: "EU" });
    expect(lookupRegion("gcp", "europe-west6")).toMatchObject({ jurisdiction: "CH" });
  });

  it("keeps Azure pairs pointing at catalog regions", () => {
    for (const [a, b] of AZURE_REGION_PAIRS) {
      expect(AZURE_REGIONS.has(a), a).toBe(true);
      expect(AZURE_REGIONS.has(b), b).toBe(true);
    }
    expect(AZURE_REGION_PAIRS.get("brazilsouth")).toBe("southcentralus");
    expect(AZURE_REGION_PAIRS.get("italynorth")).toBeUndefined();
  });

  it("keeps GCP multi- and dual-regions made of catalog regions", () => {
    for (const regions of [...GCP_MULTI_REGIONS.values(), ...GCP_DUAL_REGIONS.values()]) {
      for (const r of regions) expect(GCP_REGIONS.has(r), r).toBe(true);
    }
    expect(GCP_MULTI_REGIONS.get("eu")).not.toContain("europe-west2");
    expect(GCP_MULTI_REGIONS.get("eu")).not.toContain("europe-west6");
    expect(GCP_MULTI_REGIONS.get("eu")).toContain("europe-west1");
  });

  it("normalizes spellings", () => {
    expect(normalizeAzureLocation("West Europe")).toBe("westeurope");
    expect(normalizeAzureLocation("WESTEUROPE")).toBe("westeurope");
    expect(gcpRegionOfZone("US-CENTRAL1-A")).toBe("us-central1");
    expect(gcpRegionOfZone("europe-west10")).toBe("europe-west10");
    expect(awsRegionOfArn("arn:aws:backup:eu-west-1:123456789012:backup-vault:v")).toBe("eu-west-1");
    expect(awsRegionOfArn("arn:aws:s3:::bucket")).toBeUndefined();
    expect(isAwsGlobalType("aws:iam/role:Role")).toBe(true);
    expect(isAwsGlobalType("aws:route53/resolverEndpoint:ResolverEndpoint")).toBe(false);
    expect(isAwsGlobalType("aws:s3/bucket:Bucket")).toBe(false);
  });
});

describe("residency check", () => {
  const eu = { allowedJurisdictions: ["eu"] };
  it("allows by jurisdiction or by listed region", () => {
    expect(checkRegion("aws", "eu-west-1", eu)).toMatchObject({ allowed: true, reason: "jurisdiction" });
    expect(checkRegion("aws", "eu-west-2", eu)).toMatchObject({ allowed: false, reason: "not-allowed" });
    expect(checkRegion("aws", "eu-west-2", { ...eu, allowedRegions: { aws: ["EU-WEST-2"] } })).toMatchObject({ allowed: true, reason: "listed" });
    expect(checkRegion("aws", "xx-moon-1", eu)).toMatchObject({ allowed: false, reason: "not-in-catalog" });
    expect(checkRegion("azure", "West Europe", { allowedRegions: { azure: ["westeurope"] } }).allowed).toBe(true);
  });
  it("expands GCP multi- and dual-regions", () => {
    expect(checkGcpLocation("EU", eu)).toMatchObject({ kind: "multi-region", allowed: true });
    expect(checkGcpLocation("eu", eu).allowed).toBe(true);
    expect(checkGcpLocation("US", eu).allowed).toBe(false);
    expect(checkGcpLocation("EUR4", eu)).toMatchObject({ kind: "dual-region", allowed: true });
    expect(checkGcpLocation("NAM4", { allowedRegions: { gcp: ["nam4"] } }).allowed).toBe(true);
    expect(checkGcpLocation("EU", eu, ["EUROPE-WEST1", "EUROPE-WEST2"])).toMatchObject({ kind: "custom-dual-region", allowed: false });
  });
  it("cuts absurdly long region names in messages", () => {
    const d = describeRegion(checkRegion("aws", "x".repeat(10_000), eu));
    expect(d.length).toBeLessThan(120);
    expect(d).toContain("…\" (not in rampart's location catalog)");
    expect(describeRegion(checkRegion("aws", "eu-west-2", eu))).toBe('"eu-west-2" (Europe (London), GB, UK)');
  });
  it("knows when it is configured", () => {
    expect(isResidencyConfigured({}, "aws")).toBe(false);
    expect(isResidencyConfigured({ allowedRegions: { gcp: ["eu"] } }, "aws")).toBe(false);
    expect(isResidencyConfigured({ allowedRegions: { aws: ["eu-west-1"] } }, "aws")).toBe(true);
    expect(describeAllowed("aws", { allowedJurisdictions: ["eu"], allowedRegions: { aws: ["eu-west-2"] } })).toBe("jurisdictions EU; aws regions eu-west-2");
  });
});
