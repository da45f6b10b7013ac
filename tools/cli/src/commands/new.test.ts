import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findWorkspace, runPolicyGenerator } from "./new";
import { REPO, run, tempWorkspace } from "./test-util";

describe("policy generator on a fake pack", () => {
  const root = tempWorkspace("rampart-new-");
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const pack = path.join(root, "packages", "fake-pack");
  fs.mkdirSync(path.join(pack, "src", "policies"), { recursive: true });
  fs.mkdirSync(path.join(root, ".changeset"));
  fs.mkdirSync(path.join(root, "packages", "other", "src", "policies"), { recursive: true });
  fs.writeFileSync(path.join(root, "packages", "other", "src", "policies", "aws-s3-taken-name.ts"), "");
  fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "@rampart/fake-pack", version: "0.0.0", private: true }));
  fs.writeFileSync(path.join(pack, "src", "policy.ts"), 'import { policyFactory } from "@rampart/policy-core";\nexport const fakePolicy = policyFactory();\n');
  fs.writeFileSync(path.join(pack, "src", "policies.ts"), 'import { registry } from "./generated/policies";\nexport const policies = registry;\n');
  fs.copyFileSync(path.join(REPO, "packages", "aws-security", "src", "policies.test.ts"), path.join(pack, "src", "policies.test.ts"));
  fs.writeFileSync(path.join(pack, "vitest.config.mjs"), 'export default { cacheDir: ".vite", test: { include: ["src/**/*.test.ts"] } };\n');

  /** Runs the fake pack's tests; returns the exit status and vitest's JSON report. */
  function runPackTests(): { status: number; report: string; byTitle: Record<string, string> } {
    const report = path.join(root, "report.json");
    let status = 0;
    try {
      execFileSync(process.execPath, [path.join(REPO, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=json", `--outputFile=${report}`], {
        cwd: pack,
        stdio: "pipe",
        env: { ...process.env, CI: "1" },
      });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    const text = fs.readFileSync(report, "utf8");
    const results = (JSON.parse(text).testResults as { assertionResults: { title: string; status: string }[] }[]).flatMap((t) => t.assertionResults);
    return { status, report: text, byTitle: Object.fromEntries(results.map((r) => [r.title, r.status])) };
  }

  it("writes the stub and fixtures with the given type, regenerates the registry, writes a changeset; tests fail first", async () => {
    const name = "aws-s3-require-widget";
    const changes = await runPolicyGenerator(root, { pack: "fake-pack", name, type: "aws:s3/bucketPolicy:BucketPolicy" }, REPO);
    expect(changes.map((c) => `${c.type} ${c.path}`).sort()).toEqual(
      [
        "CREATE .changeset/aws-s3-require-widget.md",
        "CREATE packages/fake-pack/src/policies/aws-s3-require-widget.fixtures.ts",
        "CREATE packages/fake-pack/src/policies/aws-s3-require-widget.ts",
        "CREATE packages/fake-pack/src/generated/policies.ts",
      ].sort(),
    );
    const registry = fs.readFileSync(path.join(pack, "src", "generated", "policies.ts"), "utf8");
    expect(registry).toContain('import awsS3RequireWidget from "../policies/aws-s3-require-widget";');
    expect(registry).toContain("export const registry = [\n  awsS3RequireWidget,\n] as const;");
    const stubFile = path.join(pack, "src", "policies", `${name}.ts`);
    const stub = fs.readFileSync(stubFile, "utf8");
    expect(stub).toContain('import { fakePolicy } from "../policy";');
    expect(stub).toContain("export default fakePolicy({");
    expect(stub).toContain(`name: "${name}",`);
    expect(stub).toContain('resourceTypes: ["aws:s3/bucketPolicy:BucketPolicy"],');
    expect(stub).not.toMatch(/^\s*(cloud|service|controls):/m); // derived by the factory
    const fx = fs.readFileSync(path.join(pack, "src", "policies", `${name}.fixtures.ts`), "utf8");
    for (const e of ["pass", "violate", "unknown"]) expect(fx).toContain(`expect: "${e}"`);
    expect(fx).toContain('type: "aws:s3/bucketPolicy:BucketPolicy"');
    expect(fs.readFileSync(path.join(root, ".changeset", `${name}.md`), "utf8")).toBe(
      `---\n"@rampart/fake-pack": minor\n---\n\nNew policy \`${name}\`: TODO what it requires, in one sentence.\n`,
    );

    // Failing first: definePolicy rejects the stub's placeholders.
    const first = runPackTests();
    expect(first.status).toBe(1);
    expect(first.report).toContain("description still holds a TODO placeholder");

    // With the metadata written (only the policy file edited), the pass fixture holds and the
    // violate and unknown fixtures fail until the policy reports.
    fs.writeFileSync(
      stubFile,
      stub
        .replace('"TODO: what good looks like, in one sentence."', '"Widgets must be configured safely."')
        .replace('"TODO: what to set instead, concretely."', '"Set the widget to the safe value."')
        .replace("https://TODO.invalid/documentation-of-the-setting", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/"),
    );
    const second = runPackTests();
    expect(second.status).toBe(1);
    expect(second.byTitle["pass: TODO compliant resource"]).toBe("passed");
    expect(second.byTitle["violate: TODO non-compliant resource"]).toBe("failed");
    expect(second.byTitle["unknown: TODO value unknown during preview"]).toBe("failed");
    expect(second.byTitle["every policy has passing, violating and preview-unknown fixtures"]).toBe("passed");
  });

  it("rejects a malformed type token", async () => {
    await expect(runPolicyGenerator(root, { pack: "fake-pack", name: "aws-s3-require-gadget", type: "Bucket" }, REPO)).rejects.toThrow(
      /'Bucket' is not a type token/,
    );
  });

  it("scaffolds a stack policy", async () => {
    await runPolicyGenerator(root, { pack: "fake-pack", name: "aws-s3-require-stack-thing", kind: "stack" }, REPO);
    const stub = fs.readFileSync(path.join(pack, "src", "policies", "aws-s3-require-stack-thing.ts"), "utf8");
    expect(stub).toContain("validateStack: (_stack, _report) => {},");
    expect(stub).toContain('resourceTypes: ["aws:s3/todo:Todo"],');
    expect(fs.readFileSync(path.join(pack, "src", "policies", "aws-s3-require-stack-thing.fixtures.ts"), "utf8")).toContain('target: "example"');
  });

  it("rejects a taken name, a bad name and an unknown pack", async () => {
    await expect(runPolicyGenerator(root, { pack: "fake-pack", name: "aws-s3-taken-name" }, REPO)).rejects.toThrow(
      "policy 'aws-s3-taken-name' already exists in packages/other",
    );
    await expect(runPolicyGenerator(root, { pack: "fake-pack", name: "S3Thing" }, REPO)).rejects.toThrow(/not a policy name/);
    await expect(runPolicyGenerator(root, { pack: "nope", name: "aws-s3-x-y" }, REPO)).rejects.toThrow(/'nope' is not a pack of this workspace/);
  });
});

describe("rampart new policy", () => {
  it("finds the workspace from a subfolder", () => {
    expect(findWorkspace(__dirname)).toBe(REPO);
  });
  it("reports generator errors in one line with exit 2 and writes nothing", async () => {
    const r = await run(["new", "policy", "aws-security", "Bad_Name"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^rampart: 'Bad_Name' is not a policy name: kebab-case <cloud>-<service>-<rule>/);
    const k = await run(["new", "policy", "aws-security", "aws-s3-x", "--kind", "other"]);
    expect(k.err).toBe("rampart: --kind must be resource or stack (got 'other')\n");
  });
});
