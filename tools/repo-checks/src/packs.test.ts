// Repository rules for policy packs, checked in `npm test`:
// - every pack has PulumiPolicy.yaml (runtime nodejs, NO `version:` — it would override the
//   package.json version the Pulumi CLI reads), a README.md, and the `policy-pack` keyword;
// - pack names are valid for Pulumi (^[a-zA-Z0-9-_.]{1,100}$), unique, and equal to PACK_NAME;
// - policy names are unique across ALL packs, so any mix of them can form one pack;
// - every pack's generated registry (src/generated/policies.ts) is fresh; every policy file is in
//   its pack's list, is named after its policy, has full metadata and
//   fixtures (at least one pass, violate and unknown case).
import { hasPreviewUnknownFixture, REQUIRED_EXPECTATIONS } from "@rampart/policy-testing/vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { declaredPackName, isPack, packNameOf, packs, policyFiles, ROOT, workspacePackages } from "./workspace";

const PULUMI_NAME = /^[a-zA-Z0-9-_.]{1,100}$/;
const POLICY_NAME = /^(aws|azure|gcp|multi)-[a-z0-9]+(-[a-z0-9]+)+$/;
const SEVERITIES = ["low", "medium", "high", "critical"];
const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

const all = packs();

describe("policy packs", () => {
  it("the workspace has packs", () => {
    expect(all.map((p) => p.rel)).toContain("packages/aws-security");
  });

  it("every pack's test target depends on its own build (its engine tests start dist/)", () => {
    const problems: string[] = [];
    for (const p of workspacePackages()) {
      if (!isPack(p)) continue;
      const dependsOn: unknown[] = p.pkg.nx?.targets?.test?.dependsOn ?? [];
      if (!dependsOn.includes("build")) problems.push(`${p.rel}/package.json: nx.targets.test.dependsOn must include "build"`);
    }
    expect(problems).toEqual([]);
  });

  it("every pack has PulumiPolicy.yaml (runtime nodejs, no version), the policy-pack keyword and a README.md", () => {
    const problems: string[] = [];
    for (const p of workspacePackages()) {
      if (!isPack(p)) continue;
      const yamlFile = path.join(p.dir, "PulumiPolicy.yaml");
      if (!fs.existsSync(yamlFile)) {
        problems.push(`${p.rel}: no PulumiPolicy.yaml`);
      } else {
        const doc = parse(fs.readFileSync(yamlFile, "utf8")) ?? {};
        if (doc.runtime !== "nodejs" && doc.runtime?.name !== "nodejs") problems.push(`${p.rel}/PulumiPolicy.yaml: runtime must be nodejs`);
        if ("version" in doc)
          problems.push(`${p.rel}/PulumiPolicy.yaml: remove 'version:' (the Pulumi CLI would publish it instead of package.json's version)`);
      }
      if (!(p.pkg.keywords ?? []).includes("policy-pack")) problems.push(`${p.rel}/package.json: add the keyword "policy-pack"`);
      if (!fs.existsSync(path.join(p.dir, "README.md"))) problems.push(`${p.rel}: no README.md`);
      if (p.pkg.private) problems.push(`${p.rel}: a pack must not be private (it is published to npm)`);
      if (!(p.pkg.files ?? []).includes("PulumiPolicy.yaml"))
        problems.push(`${p.rel}/package.json: "files" must include PulumiPolicy.yaml (npm pack is what Pulumi Cloud installs)`);
    }
    expect(problems).toEqual([]);
  });

  it("pack names are valid for Pulumi, unique, and match PACK_NAME", () => {
    const names = all.map(packNameOf);
    for (const n of names) expect(n, n).toMatch(PULUMI_NAME);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const p of all) expect(declaredPackName(p), `${p.rel}/src/policies.ts PACK_NAME`).toBe(packNameOf(p));
  });

  it("packs keep policy-core and policy-testing out of their runtime dependencies (policy-core is bundled)", () => {
    for (const p of all) {
      const deps = Object.keys(p.pkg.dependencies ?? {});
      expect(
        deps.filter((d) => d.startsWith("@rampart/")),
        p.rel,
      ).toEqual([]);
      expect(p.pkg.scripts?.build, p.rel).toBe("node ../../tools/build-pack.mjs");
    }
  });

  it("the CLI does not depend on the test harness (@rampart/policy-testing), in package.json or in an import", () => {
    const cliDir = path.join(__dirname, "..", "..", "cli");
    const pkg = JSON.parse(fs.readFileSync(path.join(cliDir, "package.json"), "utf8"));
    const declared = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"].filter((k) => "@rampart/policy-testing" in (pkg[k] ?? {}));
    expect(declared).toEqual([]);
    const importers: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, e.name);
        if (e.isDirectory()) walk(f);
        else if (/\.ts$/.test(e.name) && /from "@rampart\/policy-testing/.test(fs.readFileSync(f, "utf8"))) importers.push(path.relative(cliDir, f));
      }
    };
    walk(path.join(cliDir, "src"));
    expect(importers).toEqual([]);
  });
});

interface LoadedPack {
  rel: string;
  policies: any[];
  files: string[];
  dir: string;
}

describe("policies", () => {
  const loaded: LoadedPack[] = [];
  beforeAll(async () => {
    for (const p of all) {
      const file = path.join(p.dir, "src", "policies.ts");
      if (!fs.existsSync(file)) {
        loaded.push({ rel: p.rel, policies: [], files: policyFiles(p), dir: p.dir });
        continue;
      }
      const mod = await import(/* @vite-ignore */ file);
      loaded.push({ rel: p.rel, policies: [...mod.policies], files: policyFiles(p), dir: p.dir });
    }
  });

  it("every pack has a policy list with policies", () => {
    for (const l of loaded) expect(l.policies.length, `${l.rel}/src/policies.ts exports no policies`).toBeGreaterThan(0);
  });

  it("policy names are unique across all packs", () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const l of loaded) {
      for (const policy of l.policies) {
        const other = seen.get(policy.name);
        if (other) dupes.push(`${policy.name} in ${other} and ${l.rel}`);
        else seen.set(policy.name, l.rel);
      }
    }
    expect(dupes).toEqual([]);
  });

  it("every pack's generated policy registry is fresh (node tools/policy-registry.mjs)", async () => {
    const { syncRegistries } = (await import(/* @vite-ignore */ path.join(ROOT, "tools", "policy-registry.mjs"))) as {
      syncRegistries(root: string, o: { check: boolean }): string[];
    };
    expect(syncRegistries(ROOT, { check: true }), "run node tools/policy-registry.mjs").toEqual([]);
  });

  it("every policy file is in its pack's list and named after its policy", () => {
    const problems: string[] = [];
    for (const l of loaded) {
      const listed = new Set(l.policies.map((p) => p.name));
      for (const f of l.files)
        if (!listed.has(f))
          problems.push(`${l.rel}/src/policies/${f}.ts is not in the pack's registry (run node tools/policy-registry.mjs) or its policy is not named '${f}'`);
      for (const name of listed) if (!l.files.includes(name)) problems.push(`${l.rel}: policy '${name}' has no file src/policies/${name}.ts`);
    }
    expect(problems).toEqual([]);
  });

  it("every policy has complete metadata", () => {
    const problems: string[] = [];
    for (const l of loaded) {
      for (const p of l.policies) {
        const at = `${l.rel}: ${p.name}`;
        if (!POLICY_NAME.test(p.name)) problems.push(`${at}: name must be <cloud>-<service>-<rule>`);
        else if (!p.name.startsWith(`${p.cloud}-${p.service}-`)) problems.push(`${at}: name must start with '${p.cloud}-${p.service}-'`);
        if (typeof p.description !== "string" || p.description.trim().length < 10) problems.push(`${at}: description`);
        if (!SEVERITIES.includes(p.severity)) problems.push(`${at}: severity`);
        if (!LEVELS.includes(p.enforcementLevel)) problems.push(`${at}: enforcementLevel`);
        if (typeof p.remediationSteps !== "string" || p.remediationSteps.trim().length < 10) problems.push(`${at}: remediationSteps`);
        if (typeof p.url !== "string" || !/^https:\/\//.test(p.url)) problems.push(`${at}: url must be an https documentation link`);
        if (!Array.isArray(p.resourceTypes) || p.resourceTypes.length === 0) problems.push(`${at}: resourceTypes`);
        for (const [key, spec] of Object.entries<any>(p.configSchema?.properties ?? {})) {
          if (!spec.type || !spec.description || !("default" in spec)) problems.push(`${at}: config '${key}' needs type, description and default`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every policy has fixtures beside it with pass, violate and preview-unknown cases", async () => {
    const problems: string[] = [];
    for (const l of loaded) {
      for (const p of l.policies) {
        const file = path.join(l.dir, "src", "policies", `${p.name}.fixtures.ts`);
        if (!fs.existsSync(file)) {
          problems.push(`${l.rel}: ${p.name} has no src/policies/${p.name}.fixtures.ts`);
          continue;
        }
        const list: any[] = (await import(/* @vite-ignore */ file)).default ?? [];
        const kinds = new Set(list.map((f) => f.expect));
        for (const k of REQUIRED_EXPECTATIONS) if (!kinds.has(k)) problems.push(`${l.rel}: ${p.name} has no '${k}' fixture`);
        if (!hasPreviewUnknownFixture(list)) problems.push(`${l.rel}: ${p.name} has no preview-unknown fixture`);
        if (kinds.has("violate") && !list.some((f) => f.expect === "violate" && f.message))
          problems.push(`${l.rel}: ${p.name}: no violate fixture checks the message`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("repository files", () => {
  it("CONTRIBUTING.md, the pull request template and the changeset config exist", () => {
    for (const f of ["CONTRIBUTING.md", ".github/pull_request_template.md", ".changeset/config.json"]) {
      expect(fs.existsSync(path.join(ROOT, f)), f).toBe(true);
    }
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, ".changeset", "config.json"), "utf8"));
    expect(config.fixed).toEqual([]); // each package versioned on its own
    expect(config.linked).toEqual([]);
    expect(config.access).toBe("public");
  });
});
