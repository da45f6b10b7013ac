// Exemptions in pack configuration, through the engine protocol: the built pack, started as the
// Pulumi CLI starts it, configured over gRPC (Configure) with a policy's `exemptions`, drops the
// exempted resource's violation and reports the others; an expired exemption says so.
import { PolicyPackProcess, resolveEngineConfig, type EngineResource, type PolicyPackConfigFile } from "@rampart/policy-testing";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const PACK_DIR = path.resolve(__dirname, "..");
const POLICY = "aws-s3-disallow-public-acl";
const bucket = (name: string): EngineResource => ({
  type: "aws:s3/bucket:Bucket",
  name,
  urn: `urn:pulumi:prod::web::aws:s3/bucket:Bucket::${name}`,
  props: { bucket: name, acl: "public-read" },
});

async function analyze(config: PolicyPackConfigFile): Promise<Record<string, string[]>> {
  const pack = await PolicyPackProcess.start(PACK_DIR);
  try {
    const info = await pack.getAnalyzerInfo();
    await pack.configure(resolveEngineConfig(info, config));
    const out: Record<string, string[]> = {};
    for (const r of [bucket("assets"), bucket("logs")]) {
      out[r.name] = (await pack.analyze(r)).diagnostics.filter((d) => d.policyName === POLICY).map((d) => d.message);
    }
    return out;
  } finally {
    await pack.stop();
  }
}

describe("exemptions over the engine protocol", () => {
  it("the pack reports `exemptions` in every policy's config schema", async () => {
    const pack = await PolicyPackProcess.start(PACK_DIR);
    try {
      const info = await pack.getAnalyzerInfo();
      const without = info.policies.filter((p) => !p.configSchema?.properties?.exemptions).map((p) => p.name);
      expect(without).toEqual([]);
    } finally {
      await pack.stop();
    }
  });

  it("an exemption drops that resource's violation only; an expired one reports it with the reason it no longer applies", async () => {
    const none = await analyze({});
    expect(none.assets).toHaveLength(1);
    expect(none.logs).toHaveLength(1);

    const exempt = await analyze({ [POLICY]: { exemptions: [{ resource: "assets", reason: "Public website (SEC-42)" }] } });
    expect(exempt.assets).toEqual([]);
    expect(exempt.logs).toHaveLength(1);

    const expired = await analyze({ [POLICY]: { exemptions: [{ resource: "urn:pulumi:prod::web::*::assets", reason: "SEC-1", expires: "2020-01-31" }] } });
    expect(expired.assets).toHaveLength(1);
    expect(expired.assets[0]).toContain("The exemption for 'urn:pulumi:prod::web::*::assets' (SEC-1) expired on 2020-01-31 and no longer applies");
  });
});
