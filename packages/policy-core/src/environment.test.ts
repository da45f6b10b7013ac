import { describe, expect, it } from "vitest";
import { EnvironmentConfigError, isProduction, parseProductionTag, stackNameOfUrn } from "./environment";

describe("environment", () => {
  it("reads the stack name from a URN", () => {
    expect(stackNameOfUrn("urn:pulumi:prod-eu::app::aws:s3/bucket:Bucket::b")).toBe("prod-eu");
    expect(stackNameOfUrn("urn:pulumi:dev::app::pulumi:pulumi:Stack::app-dev")).toBe("dev");
    expect(stackNameOfUrn("not-a-urn")).toBeUndefined();
    expect(stackNameOfUrn(undefined)).toBeUndefined();
  });

  it("detects production by the default stack-name pattern", () => {
    for (const s of ["prod", "production", "prod-eu", "prd", "live", "production_us"]) {
      expect(isProduction({ urn: `urn:pulumi:${s}::p::t::n` }), s).toBe(true);
    }
    for (const s of ["dev", "staging", "product-dev", "preprod", "test"]) {
      expect(isProduction({ urn: `urn:pulumi:${s}::p::t::n` }), s).toBe(false);
    }
  });

  it("detects production by the stack tag, case-insensitively, and honours configured markers", () => {
    const urn = "urn:pulumi:dev::p::t::n";
    expect(isProduction({ urn, stackTags: new Map([["environment", "Production"]]) })).toBe(true);
    expect(isProduction({ urn, stackTags: new Map([["environment", "staging"]]) })).toBe(false);
    expect(isProduction({ urn, stackTags: new Map([["tier", "live"]]) }, { productionTag: "tier=live" })).toBe(true);
    expect(isProduction({ urn }, { productionStackPattern: "^dev$" })).toBe(true);
    expect(isProduction({ urn: "urn:pulumi:prod::p::t::n" }, { productionStackPattern: "" })).toBe(false);
  });

  it("rejects unusable settings with a clear error", () => {
    expect(() => isProduction({ urn: "urn:pulumi:dev::p::t::n" }, { productionStackPattern: "(" })).toThrow(EnvironmentConfigError);
    expect(() => parseProductionTag("environment")).toThrow(/must look like <key>=<value>/);
    expect(parseProductionTag("")).toBeUndefined();
    expect(parseProductionTag("env = Prod | production")).toEqual({ key: "env", values: ["prod", "production"] });
  });
});
