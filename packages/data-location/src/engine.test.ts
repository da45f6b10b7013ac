// Conformance: the built pack, started as the Pulumi CLI starts it and spoken to over the engine's
// gRPC analyzer protocol, gives the same verdict on every fixture as the in-process runner.
import type { Fixture } from "@rampart/policy-testing";
import { resolveEngineConfig, toEngineResources } from "@rampart/policy-testing";
import { describePackOverEngine, fixturesByPolicy } from "@rampart/policy-testing/vitest";
import * as path from "node:path";
import { expect, it } from "vitest";
import { PACK_NAME, policies, policyPackConfigFor } from "./policies";

const packDir = path.resolve(__dirname, "..");
const byPolicy = fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true }));

describePackOverEngine({ packDir, packName: PACK_NAME, policies, fixturesByPolicy: byPolicy }, (pack) => {
  it("applies a non-default --policy-pack-config: allowedRegions flips the verdict", async () => {
    const info = await pack().getAnalyzerInfo();
    const [bucket] = toEngineResources({
      name: "bucket in us-east-1",
      expect: "pass",
      resource: {
        type: "aws:s3/bucket:Bucket",
        name: "data",
        props: { bucket: "data-1" },
        provider: { type: "pulumi:providers:aws", name: "default", props: { region: "us-east-1" } },
      },
    });
    const verdict = async (file: Parameters<typeof resolveEngineConfig>[1]) => {
      await pack().configure(resolveEngineConfig(info, file));
      const out = await pack().analyze(bucket);
      return out.diagnostics.filter((d) => d.policyName === "aws-location-allowed-region").map((d) => `${d.enforcementLevel}: ${d.message}`);
    };
    // Defaults: nothing is allowed until the pack is configured. The location policy stays quiet
    // and multi-location-require-configuration fails the stack once (fail closed, one finding).
    expect(await verdict({})).toEqual([]);
    const stack = (await pack().analyzeStack([bucket])).diagnostics.map((d) => `${d.policyName} ${d.enforcementLevel}: ${d.message}`);
    expect(stack).toHaveLength(1);
    expect(stack[0]).toMatch(/^multi-location-require-configuration mandatory: .*data residency is not configured for aws/s);
    // EU only: the bucket's region is outside.
    const eu = await verdict(policyPackConfigFor({ allowedJurisdictions: ["EU"] }));
    expect(eu).toHaveLength(1);
    expect(eu[0]).toContain('region "us-east-1" (US East (N. Virginia), US)');
    // us-east-1 allowed by allowedRegions: the same resource passes.
    expect(await verdict(policyPackConfigFor({ allowedRegions: { aws: ["us-east-1"] } }))).toEqual([]);
    // ... and an advisory enforcement level from the file is honoured.
    const advisory = await verdict(policyPackConfigFor({ allowedJurisdictions: ["EU"] }, { "aws-location-allowed-region": "advisory" }));
    expect(advisory[0]).toMatch(/^advisory: /);
  });
});
