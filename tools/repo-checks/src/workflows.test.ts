// The GitHub Actions workflows parse as YAML, validate against SchemaStore's workflow schema
// (vendored in schemas/github-workflow.json), and do what the release process needs.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "./workspace";

// Ajv 8 as @rampart/cli has it (the workspace root's `ajv` is eslint's Ajv 6).
const cliRequire = createRequire(path.join(ROOT, "tools", "cli", "package.json"));
const Ajv: any = cliRequire("ajv").default ?? cliRequire("ajv");
const addFormats: any = cliRequire("ajv-formats").default ?? cliRequire("ajv-formats");

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "schemas", "github-workflow.json"), "utf8"));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function load(name: string): any {
  const text = fs.readFileSync(path.join(ROOT, ".github", "workflows", name), "utf8");
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(
    doc.errors.map((e) => e.message),
    `${name} YAML errors`,
  ).toEqual([]);
  expect(
    doc.warnings.map((e) => e.message),
    `${name} YAML warnings`,
  ).toEqual([]);
  return doc.toJS();
}

function schemaErrors(wf: unknown): string[] {
  return validate(wf) ? [] : (validate.errors ?? []).map((e: any) => `${e.instancePath || "/"} ${e.message}`);
}

const steps = (wf: any) => Object.values<any>(wf.jobs).flatMap((j) => j.steps ?? []);
const runs = (wf: any) => steps(wf).map((s) => String(s.run ?? ""));
const uses = (wf: any) => steps(wf).map((s) => String(s.uses ?? ""));

describe("workflows", () => {
  const files = fs.readdirSync(path.join(ROOT, ".github", "workflows")).filter((f) => /\.ya?ml$/.test(f));

  it("ci.yml and release.yml exist", () => {
    expect(files).toEqual(expect.arrayContaining(["ci.yml", "release.yml"]));
  });

  it.each(files)("%s is valid YAML and valid against the GitHub workflow schema", (f) => {
    expect(schemaErrors(load(f))).toEqual([]);
  });

  it("the schema check catches mistakes", () => {
    const wf = load("ci.yml");
    const broken = structuredClone(wf);
    delete broken.jobs.checks["runs-on"];
    broken.jobs.checks.stepz = [];
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
    expect(schemaErrors({ ...wf, on: { pull_requestt: null } }).length).toBeGreaterThan(0);
  });

  it("ci.yml runs on pull requests: npm ci, nx affected lint/typecheck/test/build, the changeset check", () => {
    const wf = load("ci.yml");
    expect(Object.keys(wf.on)).toEqual(["pull_request"]);
    const r = runs(wf);
    expect(r.some((x) => /^npm ci\b/.test(x))).toBe(true);
    const affected = r.find((x) => x.includes("nx affected"));
    for (const t of ["lint", "typecheck", "test", "build"]) expect(affected, `nx affected runs ${t}`).toMatch(new RegExp(`\\b${t}\\b`));
    expect(uses(wf).some((u) => u.startsWith("nrwl/nx-set-shas@"))).toBe(true);
    // The whole-tree linters: the formatter and knip.
    expect(r.some((x) => x.includes("npm run format:check") && x.includes("npm run knip"))).toBe(true);
    const check = r.find((x) => x.includes("check-changesets.mjs"));
    expect(check).toContain("--base");
    expect(fs.existsSync(path.join(ROOT, "tools", "repo-checks", "scripts", "check-changesets.mjs"))).toBe(true);
    for (const j of Object.values<any>(wf.jobs)) {
      const checkout = (j.steps ?? []).find((s: any) => String(s.uses).startsWith("actions/checkout@"));
      expect(checkout?.with?.["fetch-depth"], "full history for the merge base").toBe(0);
    }
  });

  it("release.yml: changesets/action versions or publishes to npm, then rampart publish with the Pulumi CLI", () => {
    const wf = load("release.yml");
    expect(wf.on.push.branches).toEqual(["main"]);
    expect(wf.permissions).toMatchObject({ contents: "write", "pull-requests": "write", "id-token": "write" });
    const all = steps(wf);
    const cs = all.find((s) => String(s.uses).startsWith("changesets/action@"));
    expect(cs).toBeDefined();
    expect(cs.id).toBe("changesets");
    expect(cs.with.title).toBe("Version Packages");
    expect(cs.with.publish).toBe("npm run release");
    expect(cs.env.NPM_CONFIG_PROVENANCE).toBe("true");
    expect(cs.env.NPM_TOKEN).toBe("${{ secrets.NPM_TOKEN }}");
    // The scripts it calls exist: release = build + changeset publish; version-packages = changeset version.
    const rootScripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
    expect(rootScripts.release).toMatch(/changeset publish/);
    expect(cs.with.version).toBe("npm run version-packages");
    expect(rootScripts["version-packages"]).toMatch(/^changeset version/);

    const idx = (pred: (s: any) => boolean) => all.findIndex(pred);
    const pulumiInstall = idx((s) => String(s.uses).startsWith("pulumi/actions@"));
    const publish = idx((s) => /tools\/cli\/bin\/rampart\.js/.test(String(s.run)) && /publish --org/.test(String(s.run)));
    expect(pulumiInstall).toBeGreaterThan(idx((s) => s === cs));
    expect(publish).toBeGreaterThan(pulumiInstall);
    expect(all[pulumiInstall].with?.command, "pulumi/actions only installs the CLI").toBeUndefined();
    expect(all[publish].env.PULUMI_ACCESS_TOKEN).toBe("${{ secrets.PULUMI_ACCESS_TOKEN }}");
    for (const i of [pulumiInstall, publish]) expect(all[i].if).toBe("steps.changesets.outputs.hasChangesets == 'false'");
    // The CLI the step runs is @rampart/cli's bin.
    const cli = JSON.parse(fs.readFileSync(path.join(ROOT, "tools", "cli", "package.json"), "utf8"));
    expect(cli.bin.rampart).toBe("bin/rampart.js");
  });

  it("no workflow writes a secret into a run script directly", () => {
    for (const f of files) {
      for (const r of runs(load(f))) expect(r, f).not.toMatch(/\$\{\{\s*secrets\./);
    }
  });
});

describe("the rampart GitHub Action", () => {
  const file = path.join(ROOT, ".github", "actions", "rampart", "action.yml");
  const doc = parseDocument(fs.readFileSync(file, "utf8"), { uniqueKeys: true });
  const action = doc.toJS();

  it("action.yml parses; a composite action whose run steps name a shell and whose scripts exist", () => {
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.inputs.input.required).toBe(true);
    expect(action.runs.using).toBe("composite");
    for (const s of action.runs.steps) {
      if (s.run) {
        expect(["bash", "sh", "pwsh"], s.name).toContain(s.shell);
        // Inputs reach scripts through env, never spliced into the shell text (script injection).
        expect(s.run, s.name).not.toMatch(/\$\{\{\s*inputs\./);
        for (const m of String(s.run).matchAll(/\$GITHUB_ACTION_PATH\/([\w.-]+)/g)) expect(fs.existsSync(path.join(path.dirname(file), m[1])), m[1]).toBe(true);
      } else expect(String(s.uses)).toMatch(/^[\w-]+\/[\w-]+(\/[\w./-]+)?@v\d+$/);
    }
    // Every output refers to a step that exists or to an input.
    const ids = new Set(action.runs.steps.map((s: any) => s.id).filter(Boolean));
    for (const o of Object.values<any>(action.outputs)) {
      const m = String(o.value).match(/steps\.([\w-]+)\./);
      if (m) expect(ids.has(m[1])).toBe(true);
    }
  });

  it("the README's workflow example is a valid workflow that uses the action with its required inputs", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## GitHub Action"));
    const yaml = section.match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(yaml).toBeTruthy();
    const wf = parseDocument(yaml!, { uniqueKeys: true }).toJS();
    expect(schemaErrors(wf)).toEqual([]);
    const step = steps(wf).find((s: any) => String(s.uses ?? "").includes("/.github/actions/rampart@"));
    expect(step).toBeTruthy();
    for (const [k, v] of Object.entries<any>(action.inputs)) if (v.required) expect(step.with?.[k], k).toBeTruthy();
    for (const k of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
    expect(wf.permissions).toMatchObject({ "pull-requests": "write", "security-events": "write" });
  });
});
