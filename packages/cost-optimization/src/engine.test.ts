// Conformance: the built pack, started as the Pulumi CLI starts it and spoken to over the engine's
// gRPC analyzer protocol, gives the same verdict on every fixture as the in-process runner.
import type { Fixture } from "@rampart/policy-testing";
import { resolveEngineConfig, toEngineResources } from "@rampart/policy-testing";
import { describePackOverEngine, fixturesByPolicy } from "@rampart/policy-testing/vitest";
import * as path from "node:path";
import { expect, it } from "vitest";
import { PACK_NAME, policies } from "./policies";

const packDir = path.resolve(__dirname, "..");
const byPolicy = fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true }));

describePackOverEngine({ packDir, packName: PACK_NAME, policies, fixturesByPolicy: byPolicy }, (pack) => {
  it("Configure with a non-default config changes a verdict; stack tags mark production", async () => {
    const info = await pack().getAnalyzerInfo();
    const policy = "aws-autoscaling-max-size-cap";
    const [asg] = toEngineResources({ name: "asg", expect: "pass", resource: { type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 3 } } });
    const [big] = toEngineResources({ name: "big", expect: "pass", resource: { type: "aws:autoscaling/group:Group", props: { minSize: 1, maxSize: 10 } } });
    const mine = async (r: typeof asg) => (await pack().analyze(r)).diagnostics.filter((d) => d.policyName === policy);

    // Defaults: maxSize 3 is within the non-production cap of 4.
    await pack().configure(resolveEngineConfig(info, { all: "mandatory" }));
    await pack().configureStack({ stack: "dev", project: "fixture" });
    expect(await mine(asg)).toEqual([]);

    // A stricter cap from --policy-pack-config makes the same resource a violation.
    await pack().configure(resolveEngineConfig(info, { all: "mandatory", [policy]: { nonProductionMaxInstances: 2 } }));
    const strict = await mine(asg);
    expect(strict.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    expect(strict[0].message).toContain("maxSize is 3, above the non-production cap nonProductionMaxInstances = 2");

    // maxSize 10 violates outside production, but not on a stack tagged environment=production.
    await pack().configure(resolveEngineConfig(info, { all: "mandatory" }));
    expect((await mine(big)).length).toBe(1);
    await pack().configureStack({ stack: "dev", project: "fixture", tags: { environment: "production" } });
    expect(await mine(big)).toEqual([]);
    await pack().configureStack({ stack: "dev", project: "fixture" });
  });
});
