import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findWorkspace, runPolicyGenerator } from "./new";
import { REPO, run, tempWorkspace } from "./test-util";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(REPO, "tools", "nx-plugin", "src", "policy", "generator.js")) as {
  addToPolicyList(text: string, name: string, group?: string): string;
};

const GROUPED = `// S3
import awsS3A from "./policies/aws-s3-a";
// END S3 IMPORTS
// EC2, VPC, API Gateway
// END EC2 IMPORTS

const s3 = [
  awsS3A,
  // END S3
] as const;
const ec2 = [
  // END EC2
] as const;
export const policies = [...s3, ...ec2] as const;
`;

describe("policy list edits", () => {
  it("adds the import and entry to the group whose heading names the service", () => {
    const out = generator.addToPolicyList(GROUPED, "aws-apigateway-require-logs");
    expect(out).toContain('// EC2, VPC, API Gateway\nimport awsApigatewayRequireLogs from "./policies/aws-apigateway-require-logs";\n// END EC2 IMPORTS');
    expect(out).toContain("const ec2 = [\n  awsApigatewayRequireLogs,\n  // END EC2");
    const s3 = generator.addToPolicyList(GROUPED, "aws-s3-b");
    expect(s3).toContain('import awsS3A from "./policies/aws-s3-a";\nimport awsS3B from "./policies/aws-s3-b";\n// END S3 IMPORTS');
    expect(s3).toContain("  awsS3A,\n  awsS3B,\n  // END S3");
  });

  it("asks for --group when no heading names the service or cloud, and honours it", () => {
    expect(() => generator.addToPolicyList(GROUPED, "aws-iam-x-y")).toThrow(/pass --group \(one of S3, EC2\)/);
    expect(generator.addToPolicyList(GROUPED, "aws-iam-x-y", "ec2")).toContain("  awsIamXY,\n  // END EC2");
  });

  it("places a policy in the real packs' lists (aws-security by service, cost-optimization by cloud)", () => {
    const aws = path.join(REPO, "packages", "aws-security", "src", "policies.ts");
    expect(generator.addToPolicyList(fs.readFileSync(aws, "utf8"), "aws-ec2-require-test-thing")).toMatch(/import awsEc2RequireTestThing from "\.\/policies\/aws-ec2-require-test-thing";\n\/\/ END EC2 IMPORTS[\s\S]*awsEc2RequireTestThing,\n {2}\/\/ END EC2\n/);
    const cost = path.join(REPO, "packages", "cost-optimization", "src", "policies.ts");
    if (fs.existsSync(cost)) {
      expect(generator.addToPolicyList(fs.readFileSync(cost, "utf8"), "gcp-compute-x-y")).toMatch(/import gcpComputeXY from "\.\/policies\/gcp-compute-x-y";\n\/\/ END GCP IMPORTS[\s\S]*gcpComputeXY,\n {2}\/\/ END GCP\n/);
    }
  });

  it("appends to a list without markers", () => {
    const plain = 'import a from "./policies/aws-s3-a";\n\nexport const policies = [\n  a,\n] as const;\n';
    expect(generator.addToPolicyList(plain, "aws-s3-b")).toBe('import a from "./policies/aws-s3-a";\nimport awsS3B from "./policies/aws-s3-b";\n\nexport const policies = [\n  a,\n  awsS3B,\n] as const;\n');
    expect(generator.addToPolicyList("export const policies = [] as const;\n", "aws-s3-b")).toBe('import awsS3B from "./policies/aws-s3-b";\nexport const policies = [awsS3B] as const;\n');
  });
});

describe("policy generator on a fake pack", () => {
  const root = tempWorkspace("rampart-new-");
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const pack = path.join(root, "packages", "fake-pack");
  fs.mkdirSync(path.join(pack, "src", "policies"), { recursive: true });
  fs.mkdirSync(path.join(root, ".changeset"));
  fs.mkdirSync(path.join(root, "packages", "other", "src", "policies"), { recursive: true });
  fs.writeFileSync(path.join(root, "packages", "other", "src", "policies", "aws-s3-taken-name.ts"), "");
  fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "@rampart/fake-pack", version: "0.0.0", private: true }));
  fs.writeFileSync(path.join(pack, "src", "policies.ts"), "export const policies = [\n] as const;\n");
  fs.copyFileSync(path.join(REPO, "packages", "aws-security", "src", "policies.test.ts"), path.join(pack, "src", "policies.test.ts"));
  fs.writeFileSync(path.join(pack, "vitest.config.mjs"), 'export default { cacheDir: ".vite", test: { include: ["src/**/*.test.ts"] } };\n');

  it("writes the stub, fixtures, list entry and changeset; the new policy's tests run and fail first", async () => {
    const name = "aws-s3-require-widget";
    const changes = await runPolicyGenerator(root, { pack: "fake-pack", name, resourceType: "aws:s3/bucket:Bucket" }, REPO);
    expect(changes.map((c) => `${c.type} ${c.path}`).sort()).toEqual(
      [
        "CREATE .changeset/aws-s3-require-widget.md",
        "CREATE packages/fake-pack/src/policies/aws-s3-require-widget.fixtures.ts",
        "CREATE packages/fake-pack/src/policies/aws-s3-require-widget.ts",
        "UPDATE packages/fake-pack/src/policies.ts",
      ].sort(),
    );
    expect(fs.readFileSync(path.join(pack, "src", "policies.ts"), "utf8")).toBe(
      'import awsS3RequireWidget from "./policies/aws-s3-require-widget";\nexport const policies = [\n  awsS3RequireWidget,\n] as const;\n',
    );
    const stub = fs.readFileSync(path.join(pack, "src", "policies", `${name}.ts`), "utf8");
    expect(stub).toContain(`name: "${name}",`);
    expect(stub).toContain('resourceTypes: ["aws:s3/bucket:Bucket"],');
    expect(stub).not.toContain("controlsFor"); // the fake pack has no controls.ts
    const fx = fs.readFileSync(path.join(pack, "src", "policies", `${name}.fixtures.ts`), "utf8");
    for (const e of ["pass", "violate", "unknown"]) expect(fx).toContain(`expect: "${e}"`);
    expect(fs.readFileSync(path.join(root, ".changeset", `${name}.md`), "utf8")).toBe(
      `---\n"@rampart/fake-pack": minor\n---\n\nNew policy \`${name}\`: TODO what it requires, in one sentence.\n`,
    );

    // Failing first: the pass fixture holds, the violate and unknown fixtures fail until the policy reports.
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
    expect(status).toBe(1);
    const results = (JSON.parse(fs.readFileSync(report, "utf8")).testResults as { assertionResults: { title: string; status: string }[] }[]).flatMap((t) => t.assertionResults);
    const byTitle = Object.fromEntries(results.map((r) => [r.title, r.status]));
    expect(byTitle["pass: TODO compliant resource"]).toBe("passed");
    expect(byTitle["violate: TODO non-compliant resource"]).toBe("failed");
    expect(byTitle["unknown: TODO value unknown during preview"]).toBe("failed");
    expect(byTitle["every policy has passing, violating and preview-unknown fixtures"]).toBe("passed");
  });

  it("scaffolds a stack policy", async () => {
    await runPolicyGenerator(root, { pack: "fake-pack", name: "aws-s3-require-stack-thing", kind: "stack" }, REPO);
    const stub = fs.readFileSync(path.join(pack, "src", "policies", "aws-s3-require-stack-thing.ts"), "utf8");
    expect(stub).toContain("validateStack: (_stack, _report) => {},");
    expect(stub).toContain('resourceTypes: ["aws:s3/todo:Todo"],');
    expect(fs.readFileSync(path.join(pack, "src", "policies", "aws-s3-require-stack-thing.fixtures.ts"), "utf8")).toContain('target: "example"');
  });

  it("rejects a taken name, a bad name and an unknown pack", async () => {
    await expect(runPolicyGenerator(root, { pack: "fake-pack", name: "aws-s3-taken-name" }, REPO)).rejects.toThrow("policy 'aws-s3-taken-name' already exists in packages/other");
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
