import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fixture, toEngineResources } from "./fixtures";
import { PolicyPackProcess, resolveEngineConfig } from "@rampart/engine-client";
import { runFixtureInProcess, runFixtureOverEngine, verdictOf } from "./run";
import { secret, unknown } from "@rampart/engine-client";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sizeCap, oneVpc } = require("../test-pack/policies.js");
const packDir = path.resolve(__dirname, "../test-pack");
const VOL = "aws:ebs/volume:Volume";

const cases: Fixture[] = [
  { name: "small", expect: "pass", resource: { type: VOL, props: { size: 10 } } },
  { name: "big", expect: "violate", message: "size is 500 GiB, above the cap of 100 GiB", resource: { type: VOL, props: { size: 500 } } },
  {
    name: "big with a stricter config",
    expect: "violate",
    message: "above the cap of 5 GiB",
    config: { maxSize: 5 },
    resource: { type: VOL, props: { size: 10 } },
  },
  { name: "unknown size", expect: "unknown", resource: { type: VOL, props: { size: unknown() } } },
  { name: "other type", expect: "not-applicable", resource: { type: "aws:s3/bucket:Bucket", props: { size: 500 } } },
];

describe("judging (in process)", () => {
  it.each(cases)("$expect: $name", async (fx) => {
    expect((await runFixtureInProcess(sizeCap, fx)).failure).toBeUndefined();
  });

  it("fails a fixture whose expectation does not hold", async () => {
    const wrong = await runFixtureInProcess(sizeCap, { ...cases[0], expect: "violate" });
    expect(wrong.failure).toMatch(/expected a mandatory violation/);
    const wrongMessage = await runFixtureInProcess(sizeCap, { ...cases[1], message: "nope" });
    expect(wrongMessage.failure).toMatch(/no violation message matches nope/);
    const notUnknown = await runFixtureInProcess(sizeCap, { ...cases[1], expect: "unknown" });
    expect(notUnknown.failure).toMatch(/mandatory violation/);
  });

  it("surfaces a policy that throws, as the engine would fail the preview", async () => {
    await expect(runFixtureInProcess(sizeCap, { name: "bug", expect: "pass", resource: { type: VOL, props: { size: 1, throwMe: true } } })).rejects.toThrow(
      /Error validating resource with policy 'aws-ebs-test-size-cap'/,
    );
  });

  it("replaces secret values in messages", async () => {
    const r = await runFixtureInProcess(sizeCap, { name: "secret size", expect: "violate", resource: { type: VOL, props: { size: secret(4242) } } });
    expect(r.failure).toBeUndefined();
    expect(r.outcome.diagnostics[0].message).toContain("size is [secret] GiB");
    expect(r.outcome.diagnostics[0].message).not.toContain("4242");
  });

  it("builds URNs, default providers and dependencies by name", () => {
    const [a, b] = toEngineResources({
      name: "x",
      expect: "pass",
      resources: [
        { type: "aws:ec2/vpc:Vpc", name: "a", props: {} },
        { type: "aws:ec2/subnet:Subnet", name: "b", parent: "a", props: {}, propertyDependencies: { vpcId: ["a"] } },
      ],
    });
    expect(a.urn).toBe("urn:pulumi:dev::fixture::aws:ec2/vpc:Vpc::a");
    expect(b.urn).toBe("urn:pulumi:dev::fixture::aws:ec2/vpc:Vpc$aws:ec2/subnet:Subnet::b");
    expect(b.propertyDependencies).toEqual({ vpcId: [a.urn] });
    expect(a.provider?.type).toBe("pulumi:providers:aws");
  });
});

describe("engine protocol (Runner B) against a started pack", () => {
  let pack: PolicyPackProcess;
  beforeAll(async () => {
    pack = await PolicyPackProcess.start(packDir);
  });
  afterAll(async () => {
    await pack?.stop();
  });

  it("reads GetAnalyzerInfo with the package.json version and policy metadata", async () => {
    const info = await pack.getAnalyzerInfo();
    expect(info.name).toBe("harness-test-pack");
    expect(info.version).toBe("1.2.3");
    const cap = info.policies.find((p) => p.name === "aws-ebs-test-size-cap");
    expect(cap?.type).toBe("resource");
    expect(cap?.configSchema?.properties).toMatchObject({ maxSize: { default: 100 } });
    expect(info.policies.find((p) => p.name === "aws-ec2-test-one-vpc")?.type).toBe("stack");
  });

  it("gives the in-process verdict on every case, including Configure with a non-default config", async () => {
    const info = await pack.getAnalyzerInfo();
    for (const fx of cases) {
      const a = await runFixtureInProcess(sizeCap, fx);
      const b = await runFixtureOverEngine(pack, info, sizeCap, fx);
      expect(b.failure, fx.name).toBeUndefined();
      expect(verdictOf(b), fx.name).toBe(verdictOf(a));
    }
  });

  it("sends stack tags and runs stack policies", async () => {
    const info = await pack.getAnalyzerInfo();
    await pack.configure(resolveEngineConfig(info, { all: "mandatory" }));
    await pack.configureStack({ stack: "dev", project: "p", tags: { env: "prod" } });
    const [vol] = toEngineResources({ name: "v", expect: "pass", resource: { type: VOL, props: { size: 101 } } });
    const out = await pack.analyze(vol);
    expect(out.diagnostics[0].message).toContain("(env prod)");
    const stack = toEngineResources({
      name: "s",
      expect: "violate",
      resources: [
        { type: "aws:ec2/vpc:Vpc", name: "a", props: {} },
        { type: "aws:ec2/vpc:Vpc", name: "b", props: {} },
      ],
    });
    const res = await pack.analyzeStack(stack);
    expect(res.diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.urn])).toEqual([["aws-ec2-test-one-vpc", "mandatory", stack[1].urn]]);
    const oneVpcResult = await runFixtureOverEngine(pack, info, oneVpc, {
      name: "one",
      expect: "pass",
      resources: [stack[0]].map((r) => ({ type: r.type, name: r.name, props: {} })),
    });
    expect(oneVpcResult.failure).toBeUndefined();
  });

  it("an unknown pack folder fails with a clear error", async () => {
    await expect(PolicyPackProcess.start(path.join(packDir, "nope"))).rejects.toThrow(/not a policy pack folder/);
  });
});

describe("stack tags in process", () => {
  it("reach the policy as ConfigureStack would set them", async () => {
    const r = await runFixtureInProcess(sizeCap, {
      name: "tagged",
      expect: "violate",
      message: "(env prod)",
      stackTags: { env: "prod" },
      resource: { type: VOL, props: { size: 500 } },
    });
    expect(r.failure).toBeUndefined();
  });
});
