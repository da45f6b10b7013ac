// Configuration: every limit is a config property with a default, described by the policy's JSON
// config schema (what `--policy-pack-config` and Pulumi Cloud validate against), and typed in
// createPolicyPack options.
import type { Fixture } from "@rampart/policy-testing";
import { fixturesByPolicy } from "@rampart/policy-testing/vitest";
import { buildPolicyPack, policyConfigJsonSchema, type RampartPolicy } from "@rampart/policy-core";
import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { PACK_NAME, policies } from "./policies";

type Validate = ((d: unknown) => boolean) & { errors?: { instancePath?: string; dataPath?: string; message?: string }[] | null };
const Ajv = ((AjvModule as any).default ?? AjvModule) as new (o: object) => { compile(s: object): Validate };
const ajv = new Ajv({ allErrors: true });
const validators = new Map<string, Validate>();
const validatorOf = (p: RampartPolicy) => {
  let v = validators.get(p.name);
  if (!v) validators.set(p.name, (v = ajv.compile(policyConfigJsonSchema(p))));
  return v;
};

/**
 * Validates one policy's entry of a `--policy-pack-config` file as the Pulumi CLI does before it
 * starts the pack (JSON Schema of the policy's configSchema plus enforcementLevel). Returns the
 * CLI-style message, or undefined when valid.
 */
function validatePolicyConfig(p: RampartPolicy, entry: unknown): string | undefined {
  const validate = validatorOf(p);
  if (validate(entry)) return undefined;
  const problems = (validate.errors ?? []).map((e) => `${(e.instancePath ?? e.dataPath ?? "").replace(/^[./]/, "") || "(root)"}: ${e.message}`);
  return `Validating policy config: ${PACK_NAME} ${p.name}: ${problems.join("; ")}`;
}

const byPolicy = fixturesByPolicy(import.meta.glob<{ default: Fixture[] }>("./policies/*.fixtures.ts", { eager: true }));

describe("cost-optimization configuration", () => {
  it("has at least 40 policies, at least 8 for Azure and 8 for GCP, with unique names", () => {
    expect(policies.length).toBeGreaterThanOrEqual(40);
    expect(policies.filter((p) => p.cloud === "azure").length).toBeGreaterThanOrEqual(8);
    expect(policies.filter((p) => p.cloud === "gcp").length).toBeGreaterThanOrEqual(8);
    expect(new Set(policies.map((p) => p.name)).size).toBe(policies.length);
  });

  it("every policy has metadata: severity, remediation, documentation url, cloud and service tags", () => {
    for (const p of policies) {
      expect(p.remediationSteps.length, p.name).toBeGreaterThan(30);
      expect(p.url, p.name).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|learn\.microsoft\.com|cloud\.google\.com)\//);
      expect(p.allTags, p.name).toEqual(expect.arrayContaining([`cloud:${p.cloud}`, `service:${p.service}`, `severity:${p.severity}`, "cost"]));
    }
  });

  it("every config property has a type, a description and a default that its own schema accepts", () => {
    for (const p of policies) {
      for (const [k, s] of Object.entries(p.configSchema?.properties ?? {})) {
        expect((s as any).type, `${p.name}.${k}`).toBeTruthy();
        expect((s as any).description, `${p.name}.${k}`).toBeTruthy();
      }
      expect(validatePolicyConfig(p, { ...p.defaults, enforcementLevel: p.enforcementLevel })).toBeUndefined();
    }
  });

  it("every limit (max*/nonProduction*) is configurable, with stricter or equal non-production defaults", () => {
    for (const p of policies) {
      const d = p.defaults as Record<string, unknown>;
      // nonProductionDisallowed* lists apply outside production only and have no production twin.
      for (const k of Object.keys(d).filter((k) => k.startsWith("nonProduction") && !k.startsWith("nonProductionDisallowed"))) {
        const prodKey = k[13].toLowerCase() + k.slice(14);
        expect(d, `${p.name}: ${k} without ${prodKey}`).toHaveProperty(prodKey);
        if (typeof d[k] === "number") expect(d[k] as number, `${p.name}.${k}`).toBeLessThanOrEqual(d[prodKey] as number);
      }
      if (Object.keys(d).some((k) => k.startsWith("nonProduction"))) {
        expect(d, p.name).toHaveProperty("productionStackPattern");
        expect(d, p.name).toHaveProperty("productionTag");
      }
    }
  });

  it("every fixture's config (non-default limits) is valid against the policy's schema", () => {
    let count = 0;
    for (const p of policies) {
      for (const fx of byPolicy.get(p.name) ?? []) {
        if (!fx.config) continue;
        count++;
        expect(validatePolicyConfig(p, fx.config), `${p.name} / ${fx.name}`).toBeUndefined();
      }
    }
    expect(count).toBeGreaterThanOrEqual(policies.length);
  });

  it("every policy with config has a fixture with a non-default config", () => {
    const missing = policies.filter((p) => p.configSchema && !(byPolicy.get(p.name) ?? []).some((fx) => fx.config)).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  it("rejects a config that violates the schema with a clear message", () => {
    const byName = new Map<string, RampartPolicy>(policies.map((p) => [p.name, p]));
    const asg = byName.get("aws-autoscaling-max-size-cap")!;
    expect(validatePolicyConfig(asg, { maxInstances: "big" })).toBe(
      "Validating policy config: cost-optimization aws-autoscaling-max-size-cap: maxInstances: must be integer",
    );
    expect(validatePolicyConfig(asg, { maxInstances: -1 })).toMatch(/maxInstances: must be >= 0/);
    expect(validatePolicyConfig(asg, { maxInstance: 3 })).toMatch(/must NOT have additional properties/);
    expect(validatePolicyConfig(asg, { enforcementLevel: "strict" })).toMatch(/enforcementLevel: must be equal to one of the allowed values/);
    const ec2 = byName.get("aws-ec2-allowed-instance-types")!;
    expect(validatePolicyConfig(ec2, { nonProductionMaxSize: "huge" })).toMatch(/nonProductionMaxSize: must match pattern/);
    expect(validatePolicyConfig(ec2, { allowedInstanceTypes: "t3.*" })).toMatch(/allowedInstanceTypes: must be array/);
    const cf = byName.get("aws-cloudfront-price-class")!;
    expect(validatePolicyConfig(cf, { nonProductionAllowedPriceClasses: ["PriceClass_50"] })).toMatch(
      /nonProductionAllowedPriceClasses\[0\]|nonProductionAllowedPriceClasses\/0/,
    );
  });

  it("createPolicyPack options are typed per policy and become the pack's initial config", () => {
    const built = buildPolicyPack(PACK_NAME, {
      policies,
      policyConfig: {
        "aws-autoscaling-max-size-cap": { nonProductionMaxInstances: 2, enforcementLevel: "mandatory" },
        "azure-compute-allowed-vm-sizes": { allowedVmSizes: ["Standard_B*"] },
        "gcp-tagging-require-cost-allocation-labels": { requiredTags: ["team"] },
        // @ts-expect-error maxInstances is a number
        "aws-ec2-nat-gateway-limit": { maxNatGateways: "two" },
      },
      select: { exclude: ["aws-ec2-nat-gateway-limit"] },
    });
    expect(built.initialConfig["aws-autoscaling-max-size-cap"]).toEqual({ nonProductionMaxInstances: 2, enforcementLevel: "mandatory" });
    // Entries keep the policy's own level (the SDK would report a missing one as advisory).
    expect(built.initialConfig["azure-compute-allowed-vm-sizes"]).toEqual({ enforcementLevel: "advisory", allowedVmSizes: ["Standard_B*"] });
    expect(built.initialConfig["gcp-tagging-require-cost-allocation-labels"]).toEqual({ enforcementLevel: "advisory", requiredTags: ["team"] });
    expect(built.policies.some((p) => p.name === "aws-ec2-nat-gateway-limit")).toBe(false);
    for (const [name, entry] of Object.entries(built.initialConfig)) {
      expect(
        validatePolicyConfig(
          built.policies.find((p) => p.name === name)!,
          entry,
        ),
        name,
      ).toBeUndefined();
    }
  });

  it("pack-wide settings fan out the production markers to every environment-aware policy", () => {
    const built = buildPolicyPack(PACK_NAME, { policies, settings: { productionTag: "stage=prod" } });
    const envAware = policies.filter((p) => "productionTag" in (p.defaults as object));
    expect(envAware.length).toBeGreaterThanOrEqual(25);
    for (const p of envAware) expect(built.initialConfig[p.name], p.name).toEqual({ enforcementLevel: p.enforcementLevel, productionTag: "stage=prod" });
  });
});

describe("README", () => {
  it("lists every policy", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const readme = fs.readFileSync(path.resolve(__dirname, "..", "README.md"), "utf8");
    expect(policies.map((p) => p.name).filter((n) => !readme.includes(`\`${n}\``))).toEqual([]);
  });
});
