import { describe, expect, it } from "vitest";
import { limitFor } from "./env";
import { checkLists, globToRegExp } from "./match";
import { awsFamily, awsSizeUnits, azureVmVcpus, cloudSqlTierVcpus, gcpMachineVcpus } from "./sizes";

describe("sizes", () => {
  it("reads AWS size suffixes as multiples of xlarge", () => {
    expect(awsSizeUnits("t3.nano")).toBe(1 / 32);
    expect(awsSizeUnits("m5.large")).toBe(0.5);
    expect(awsSizeUnits("m5.xlarge")).toBe(1);
    expect(awsSizeUnits("db.r6g.12xlarge")).toBe(12);
    expect(awsSizeUnits("cache.m7g.2xlarge")).toBe(2);
    expect(awsSizeUnits("m5.metal")).toBe(Number.POSITIVE_INFINITY);
    expect(awsSizeUnits("2xlarge")).toBe(2);
    expect(awsSizeUnits("db.serverless")).toBeUndefined();
    expect(awsFamily("db.r6g.large")).toBe("r6g");
    expect(awsFamily("cache.t4g.micro")).toBe("t4g");
    expect(awsFamily("m7i-flex.large")).toBe("m7i-flex");
  });
  it("reads vCPUs of Azure sizes, GCP machine types and Cloud SQL tiers", () => {
    expect(azureVmVcpus("Standard_D4s_v5")).toBe(4);
    expect(azureVmVcpus("Standard_B1ms")).toBe(1);
    expect(azureVmVcpus("Standard_M64-16ms")).toBe(64);
    expect(azureVmVcpus("Standard_NC24ads_A100_v4")).toBe(24);
    expect(azureVmVcpus("Basic_A1")).toBe(1);
    expect(azureVmVcpus("custom")).toBeUndefined();
    expect(gcpMachineVcpus("e2-standard-4")).toBe(4);
    expect(gcpMachineVcpus("zones/z/machineTypes/n2-highmem-16")).toBe(16);
    expect(gcpMachineVcpus("n2-custom-8-32768")).toBe(8);
    expect(gcpMachineVcpus("custom-6-20480")).toBe(6);
    expect(gcpMachineVcpus("c3-standard-4-lssd")).toBe(4);
    expect(gcpMachineVcpus("e2-micro")).toBe(2);
    expect(cloudSqlTierVcpus("db-custom-4-15360")).toBe(4);
    expect(cloudSqlTierVcpus("db-n1-standard-2")).toBe(2);
    expect(cloudSqlTierVcpus("db-perf-optimized-N-8")).toBe(8);
    expect(cloudSqlTierVcpus("db-f1-micro")).toBe(1);
  });
});

describe("allow- and block-lists", () => {
  it("matches globs case-insensitively over the whole value", () => {
    expect(globToRegExp("m5.*").test("M5.LARGE")).toBe(true);
    expect(globToRegExp("m5.*").test("m5a.large")).toBe(false);
    expect(globToRegExp("Standard_N*").test("Standard_NC6")).toBe(true);
  });
  it("blocks unless allowed, and an allow-list restricts", () => {
    expect(checkLists("g5.xlarge", [], ["g*"])).toEqual({ problem: "blocked", pattern: "g*" });
    expect(checkLists("g5.xlarge", ["g5.xlarge"], ["g*"])).toBeUndefined();
    expect(checkLists("m5.large", ["t3.*"], ["g*"])).toEqual({ problem: "not-allowed" });
    expect(checkLists("t3.large", [], ["g*"])).toBeUndefined();
  });
});

describe("environment-aware limits", () => {
  const config = { maxSize: 10, nonProductionMaxSize: 2, productionStackPattern: "^prod(-.*)?$", productionTag: "environment=production|prod" };
  it("picks the production value on production stacks, by name or tag", () => {
    expect(limitFor({ urn: "urn:pulumi:prod-eu::app::t::n" }, config, "maxSize")).toMatchObject({ value: 10, key: "maxSize", environment: "production" });
    expect(limitFor({ urn: "urn:pulumi:dev::app::t::n", stackTags: new Map([["environment", "Prod"]]) }, config, "maxSize")).toMatchObject({ value: 10 });
    expect(limitFor({ urn: "urn:pulumi:dev::app::t::n" }, config, "maxSize")).toMatchObject({
      value: 2,
      key: "nonProductionMaxSize",
      environment: "non-production",
    });
  });
});
