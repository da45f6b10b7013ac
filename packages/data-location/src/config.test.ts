import { buildPolicyPack, policyConfigJsonSchema } from "@rampart/policy-core";
import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { PACK_NAME, policies, policyPackConfigFor, renderPolicyPackConfig } from "./policies";

describe("data-location configuration", () => {
  const settings = { allowedJurisdictions: ["EU"], allowedRegions: { aws: ["eu-west-2"], gcp: ["EU"] } };

  it("every policy declares allowedRegions and allowedJurisdictions with empty defaults", () => {
    for (const p of policies) {
      expect(p.configSchema?.properties, p.name).toHaveProperty("allowedRegions");
      expect(p.configSchema?.properties, p.name).toHaveProperty("allowedJurisdictions");
      expect(p.defaults, p.name).toEqual({ allowedRegions: {}, allowedJurisdictions: [] });
    }
  });

  it("fans pack-level settings out to every policy (--policy-pack-config shape)", () => {
    const file = policyPackConfigFor(settings, { "gcp-sql-replica-region": "advisory" });
    expect(Object.keys(file).sort()).toEqual(policies.map((p) => p.name).sort());
    expect(file["aws-location-allowed-region"]).toEqual({ ...settings, enforcementLevel: "mandatory" });
    expect(file["gcp-sql-replica-region"]).toEqual({ ...settings, enforcementLevel: "advisory" });
    expect(JSON.parse(renderPolicyPackConfig(settings))).toEqual(policyPackConfigFor(settings));
  });

  it("renders config the Pulumi CLI's schema check accepts, and rejects malformed values", () => {
    const Ajv = ((AjvModule as any).default ?? AjvModule) as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    const ajv = new Ajv({ strict: false });
    const file = policyPackConfigFor(settings, { "aws-location-allowed-region": "mandatory" });
    for (const p of policies) {
      const validate = ajv.compile(policyConfigJsonSchema(p));
      expect(validate(file[p.name]), `${p.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ allowedRegions: { oci: ["x"] } }), p.name).toBe(false);
      expect(validate({ allowedJurisdictions: ["Europe"] }), p.name).toBe(false);
    }
  });

  it("rejects per-policy config for a policy the pack lacks", () => {
    expect(() => policyPackConfigFor(settings, { "aws-nope-nothing": "advisory" })).toThrow(/not in the pack/);
  });

  it("createPolicyPack options take the settings once and report them as initial config", () => {
    const built = buildPolicyPack(PACK_NAME, { policies, settings: { allowedJurisdictions: ["EU"] }, select: { clouds: ["azure"] } });
    expect(built.policies.every((p) => p.cloud === "azure")).toBe(true);
    for (const p of built.policies) expect(built.initialConfig[p.name]).toEqual({ enforcementLevel: p.enforcementLevel, allowedJurisdictions: ["EU"] });
  });
});
