import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, run, tempWorkspace } from "./test-util";

const POLICY = "aws-s3-disallow-public-acl";

describe("rampart describe", () => {
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("shows metadata, config, remediation and an example violation run from the fixtures", async () => {
    const r = await run(["describe", POLICY]);
    expect(r.err).not.toMatch(/no policy named|aws-security/);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${POLICY}\nS3 buckets must not grant public access through ACLs.`);
    expect(r.out).toMatch(/Severity\s+critical/);
    expect(r.out).toMatch(/Controls\s+aws-fsbp 1.0.0 S3.2/);
    expect(r.out).toContain("Configuration:\n  none");
    expect(r.out).toContain(`"${POLICY}": {\n        "enforcementLevel": "mandatory"`);
    expect(r.out).toContain("Remediation:\n  Remove the public canned ACL");
    expect(r.out).toMatch(/Example violation \(fixture "[^"]+", aws:s3\/[a-zA-Z]+:[a-zA-Z0-9]+\):\n {2}acl is "public-read/);
  });

  it("shows config properties with their defaults", async () => {
    const r = await run(["list", "--json"]);
    const withConfig = (JSON.parse(r.out) as { name: string; defaults: Record<string, unknown> }[]).find((p) => Object.keys(p.defaults).length);
    if (!withConfig) return; // no configurable policy in the installed packs yet
    const d = await run(["describe", withConfig.name, "--json"]);
    const doc = JSON.parse(d.out);
    for (const [k, v] of Object.entries(withConfig.defaults)) expect(doc.config[k].default).toEqual(v);
    const t = await run(["describe", withConfig.name]);
    const [k, v] = Object.entries(withConfig.defaults)[0];
    expect(t.out).toContain(`  ${k} (`);
    expect(t.out).toContain(`default ${JSON.stringify(v)})`);
  });

  it("prints JSON with the example", async () => {
    const r = await run(["describe", POLICY, "--json"]);
    const doc = JSON.parse(r.out);
    expect(doc.name).toBe(POLICY);
    expect(doc.pack).toBe("aws-security");
    expect(doc.example.message).toContain('acl is "public-read');
  });

  it("reads the stored example of an installed pack (no fixture sources, docs/examples.json shipped)", async () => {
    const dir = tempWorkspace("rampart-describe-");
    tmp.push(dir);
    const pack = path.join(dir, "aws-security");
    const src = path.join(REPO, "packages", "aws-security");
    for (const f of ["package.json", "PulumiPolicy.yaml", "dist"]) fs.cpSync(path.join(src, f), path.join(pack, f), { recursive: true });
    const stored = { [POLICY]: { fixture: "stored case", resourceType: "aws:s3/bucket:Bucket", message: "stored message" } };
    fs.mkdirSync(path.join(pack, "docs"));
    fs.writeFileSync(path.join(pack, "docs", "examples.json"), JSON.stringify(stored));
    const r = await run(["describe", POLICY, "--pack", pack]);
    expect(r.err).toBe("");
    expect(r.out).toContain('Example violation (fixture "stored case", aws:s3/bucket:Bucket):\n  stored message');
    fs.rmSync(path.join(pack, "docs"), { recursive: true });
    const none = await run(["describe", POLICY, "--pack", pack]);
    expect(none.out).toContain("Example violation: not available");
  });

  it("suggests close names for an unknown policy (one line, exit 2)", async () => {
    const r = await run(["describe", "aws-s3-disallow-public", "--pack", "aws-security"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^rampart: no policy named 'aws-s3-disallow-public' in aws-security \\(did you mean ${POLICY}[,?]`));
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
