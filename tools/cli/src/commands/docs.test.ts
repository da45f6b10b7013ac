import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPackMetadata } from "../metadata";
import { KNOWN_PACKS } from "../packs";
import { BUILD_INPUTS_FILE, DOCS_FILE, generateDocs, README_END, README_START, renderPackDocs, staleBuild, staleFiles, withReadmeTable } from "./docs";
import { isBuilt, REPO, run, tempWorkspace } from "./test-util";

const packDir = (p: string) => path.join(REPO, "packages", p);

describe("committed pack docs", () => {
  // Regenerates each built pack's docs in memory and compares them with the committed files.
  // Fails after a policy change until `rampart docs` (or `npm start -w @rampart/cli -- docs`) is run.
  for (const pack of KNOWN_PACKS) {
    it.skipIf(!isBuilt(pack))(`${pack}: docs/policies.md and docs/examples.json are up to date (run 'rampart docs' when this fails)`, async () => {
      const files = await generateDocs(loadPackMetadata({ label: pack, dir: packDir(pack) }));
      expect(staleFiles(files).map((f) => path.relative(REPO, f))).toEqual([]);
    });
  }
});

describe("rampart docs", () => {
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("renders every policy with metadata, config defaults, remediation and the example", async () => {
    const pack = loadPackMetadata({ label: "aws-security", dir: packDir("aws-security") });
    const [md, examples] = await generateDocs(pack);
    expect(md.file).toBe(path.join(packDir("aws-security"), DOCS_FILE));
    for (const p of pack.policies) {
      expect(md.content).toContain(`\n## ${p.name}\n\n${p.description}\n`);
      expect(md.content).toContain(`| [${p.name}](#${p.name}) |`);
    }
    expect(md.content).toContain("- **Severity:** critical");
    expect(md.content).toContain("### Remediation\n\nRemove the public canned ACL");
    expect(md.content).toMatch(/### Example violation\n\nOn `aws:s3\/\w+:\w+` \(fixture "[^"]+"\):\n\n```text\nacl is "public-read/);
    expect(JSON.parse(examples.content)["aws-s3-disallow-public-acl"].message).toContain("public-read");
    expect(renderPackDocs(pack, JSON.parse(examples.content))).toBe(md.content);
  });

  it("renders config tables with defaults", () => {
    const pack = loadPackMetadata({ label: "aws-security", dir: packDir("aws-security") });
    const fake = {
      ...pack,
      policies: [
        { ...pack.policies[0], config: { maxDays: { type: "integer" as const, description: "Days | max.", default: 30 } }, defaults: { maxDays: 30 } },
      ],
    };
    const md = renderPackDocs(fake, {});
    expect(md).toContain("| `maxDays` | integer | `30` | Days \\| max. |");
    expect(md).toContain('"maxDays": 30');
  });

  it("updates the README table between markers only", () => {
    const pack = loadPackMetadata({ label: "aws-security", dir: packDir("aws-security") });
    const readme = `# x\n\nintro\n\n${README_START}\nold\n${README_END}\n\nrest\n`;
    const next = withReadmeTable(readme, pack)!;
    expect(next.startsWith(`# x\n\nintro\n\n${README_START}\n| Policy |`)).toBe(true);
    expect(next.endsWith(`|\n${README_END}\n\nrest\n`)).toBe(true);
    expect(next).toContain("(docs/policies.md#aws-s3-disallow-public-acl)");
    expect(withReadmeTable("# no markers\n", pack)).toBeUndefined();
  });

  it("--check exits 1 on stale docs and 0 after 'rampart docs'", async () => {
    const dir = tempWorkspace("rampart-docs-");
    tmp.push(dir);
    const copy = path.join(dir, "aws-security");
    const src = packDir("aws-security");
    for (const f of ["package.json", "PulumiPolicy.yaml", "dist", "src"]) fs.cpSync(path.join(src, f), path.join(copy, f), { recursive: true });
    fs.writeFileSync(path.join(copy, "README.md"), `# aws-security\n\n${README_START}\n${README_END}\n`);
    const stale = await run(["docs", "--check", "--pack", copy]);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain("Stale docs (run 'rampart docs'):");
    expect(stale.out).toContain(path.join("docs", "policies.md"));
    const gen = await run(["docs", "--pack", copy]);
    expect(gen.code).toBe(0);
    expect(fs.readFileSync(path.join(copy, "README.md"), "utf8")).toContain("| [aws-s3-disallow-public-acl](docs/policies.md#aws-s3-disallow-public-acl)");
    const fresh = await run(["docs", "--check", "--pack", copy]);
    expect(fresh.out).toBe("Docs are up to date.\n");
    expect(fresh.code).toBe(0);

    // A description changed in the source without a rebuild: the built pack would document the old one.
    const policyFile = path.join(copy, "src", "policies", "aws-s3-disallow-public-acl.ts");
    fs.writeFileSync(
      policyFile,
      fs.readFileSync(policyFile, "utf8").replace("S3 buckets must not grant public access through ACLs.", "S3 buckets must never be public."),
    );
    expect(staleBuild(copy)).toBe("src/policies/aws-s3-disallow-public-acl.ts changed since the build");
    const rebuilt = await run(["docs", "--check", "--pack", copy]);
    expect(rebuilt.code).toBe(2);
    expect(rebuilt.err).toMatch(
      /^rampart: pack aws-security is built from older sources \(src\/policies\/aws-s3-disallow-public-acl\.ts changed since the build\); run 'npm run build' in .* first\n$/,
    );
    fs.rmSync(path.join(copy, BUILD_INPUTS_FILE));
    expect(staleBuild(copy)).toMatch(/missing or unreadable/);
  });
});
