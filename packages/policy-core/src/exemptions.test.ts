import { describe, expect, it } from "vitest";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { definePolicy } from "./define";
import { ExemptionMatcher, parseExemptions } from "./exemptions";
import { buildPolicyPack, policyConfigJsonSchema, resolvePolicySettings } from "./pack";

const base = {
  description: "Buckets must be private.",
  cloud: "aws" as const,
  service: "s3",
  severity: "high" as const,
  enforcementLevel: "mandatory" as const,
  remediationSteps: "Set the ACL to private.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
  resourceTypes: ["aws:s3/bucket:Bucket"],
};

const resourcePolicy = definePolicy({ ...base, name: "aws-s3-private", validateResource: (_r, report) => report("acl is public-read. Set acl to private.") });
const stackPolicy = definePolicy({
  ...base,
  name: "aws-s3-stack-private",
  validateStack: ({ resources }, report) => {
    for (const r of resources) report(`bucket ${r.name} is public.`, r.urn);
    report("the stack has public buckets.");
  },
});

const urn = (name: string) => `urn:pulumi:prod::web::aws:s3/bucket:Bucket::${name}`;

/** Runs the @pulumi/policy resource policy as the SDK's Analyze handler would, with `config` from the engine. */
function runResource(config: Record<string, unknown>, name = "assets"): string[] {
  const out: string[] = [];
  const p = resourcePolicy.toPulumiPolicy() as ResourceValidationPolicy;
  (p.validateResource as any)(
    { type: "aws:s3/bucket:Bucket", name, urn: urn(name), props: {}, getConfig: () => config, stackTags: new Map(), notApplicable: () => {} },
    (m: any, u?: string) => out.push(typeof m === "string" ? `${u ?? ""}|${m}` : `${m.urn ?? ""}|${m.message}`),
  );
  return out;
}

function runStack(config: Record<string, unknown>): string[] {
  const out: string[] = [];
  const p = stackPolicy.toPulumiPolicy() as StackValidationPolicy;
  (p.validateStack as any)(
    {
      resources: ["assets", "logs"].map((n) => ({ type: "aws:s3/bucket:Bucket", name: n, urn: urn(n), props: {} })),
      getConfig: () => config,
      stackTags: new Map(),
      notApplicable: () => {},
    },
    (m: any, u?: string) => out.push(typeof m === "string" ? `${u ?? ""}|${m}` : `${m.urn ?? ""}|${m.message}`),
  );
  return out;
}

describe("exemptions in pack configuration", () => {
  it("every policy reports `exemptions` in its config schema (the Pulumi CLI validates against it)", () => {
    const p = resourcePolicy.toPulumiPolicy();
    expect(Object.keys(p.configSchema!.properties!)).toContain("exemptions");
    expect((policyConfigJsonSchema(resourcePolicy).properties as any).exemptions.items.required).toEqual(["resource", "reason"]);
  });

  it("an exemption in force drops the resource's violation, by name, URN or glob", () => {
    expect(runResource({})).toHaveLength(1);
    for (const resource of ["assets", urn("assets"), "ass*", "urn:pulumi:prod::*::assets"]) {
      expect(runResource({ exemptions: [{ resource, reason: "public website (SEC-42)" }] }), resource).toEqual([]);
    }
    expect(runResource({ exemptions: [{ resource: "logs", reason: "x" }] })).toHaveLength(1);
  });

  it("applies through its expiry day, and an expired one reports the violation with a line saying so", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(runResource({ exemptions: [{ resource: "assets", reason: "r", expires: today }] })).toEqual([]);
    const out = runResource({ exemptions: [{ resource: "assets", reason: "SEC-42", expires: "2020-01-31" }] });
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("acl is public-read");
    expect(out[0]).toContain("The exemption for 'assets' (SEC-42) expired on 2020-01-31 and no longer applies");
  });

  it("stack policies: findings on an exempted URN are dropped; stack-level ones only with resource '*'", () => {
    expect(runStack({})).toHaveLength(3);
    const out = runStack({ exemptions: [{ resource: "assets", reason: "r" }] });
    expect(out.map((o) => o.split("|")[0])).toEqual([urn("logs"), ""]);
    expect(runStack({ exemptions: [{ resource: "*", reason: "r" }] })).toEqual([]);
  });

  it("an invalid exemption is one advisory about the configuration, not a failed preview", () => {
    const out = runResource({ exemptions: [{ resource: "assets" }] });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/configuration cannot be used: exemptions\[0\]\.reason is required/);
    expect(() => parseExemptions([{ resource: "a", reason: "r", expires: "2027-02-30" }])).toThrow(/expires must be a date/);
    expect(() => parseExemptions([{ resource: "a", reason: "r", policy: "x" }])).toThrow(/unknown key 'policy'/);
  });

  it("fans out from pack settings to every policy, like other shared settings", () => {
    const ex = [{ resource: "assets", reason: "r" }];
    const settings = resolvePolicySettings([resourcePolicy, stackPolicy], {}, { exemptions: ex });
    expect(settings["aws-s3-private"].exemptions).toEqual(ex);
    expect(settings["aws-s3-stack-private"].exemptions).toEqual(ex);
    const built = buildPolicyPack("p", { policies: [resourcePolicy], settings: { exemptions: ex } });
    expect((built.initialConfig as any)["aws-s3-private"].exemptions).toEqual(ex);
  });

  it("rejects a policy that declares its own `exemptions` setting", () => {
    expect(() =>
      definePolicy({ ...base, name: "aws-s3-x", config: { exemptions: { type: "array", description: "d", default: [] } } as any, validateResource: () => {} }),
    ).toThrow(/exemptions cannot be a config property/);
  });

  it("ExemptionMatcher: first exemption in force wins; expired ones are listed", () => {
    const m = new ExemptionMatcher(
      [
        { resource: "a*", reason: "old", expires: "2020-01-01" },
        { resource: "ab", reason: "now" },
      ],
      "2026-01-01",
    );
    expect(m.match(urn("ab")).active?.reason).toBe("now");
    expect(m.match(urn("ac")).expired.map((e) => e.reason)).toEqual(["old"]);
    expect(m.match(undefined).active).toBeUndefined();
  });
});
