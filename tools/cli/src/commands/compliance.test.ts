// `rampart compliance`: every control of a framework from one check run, exit 1 when a control
// fails; formats text, JSON, Markdown (snapshot, parsed as GFM) and SARIF (schema-valid, tagged).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import MarkdownIt from "markdown-it";
import { afterAll, describe, expect, it } from "vitest";
import { newAjv } from "../ajv";
import { assessCompliance, compareControlIds } from "../compliance";
import type { PackMetadata } from "../metadata";
import { renderComplianceMarkdown } from "../report/compliance";
import { sampleReport } from "../report/testdata/sample-report";
import { run } from "./test-util";

const EXAMPLES = path.resolve(__dirname, "../../../../examples");
const INSECURE = path.join(EXAMPLES, "webapp-insecure/stack.json");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-compliance-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const compliance = (...args: string[]) => run(["compliance", ...args, ...(args.includes("--pack") ? [] : ["--pack", "aws-security"])]);

describe("rampart compliance", () => {
  it("--list shows the frameworks the packs ship", async () => {
    const r = await compliance("--list");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^FRAMEWORK +CONTROLS +TITLE\n/);
    expect(r.out).toMatch(/\ncis-aws-5\.0\.0 +63 +CIS AWS Foundations Benchmark v5\.0\.0\n/);
    expect(r.out).toMatch(/\ncis-aws-3\.0\.0 +62 /);
    expect(r.out).toMatch(/\naws-fsbp +\d+ /);
  });

  it("cis-aws-5.0.0 on the insecure stack: a per-control table, the resources behind each fail, a score, exit 1", async () => {
    const r = await compliance(INSECURE, "--framework", "cis-aws-5.0.0");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^CIS AWS Foundations Benchmark v5\.0\.0 \(cis-aws-5\.0\.0\): .*stack\.json\n\nCONTROL +STATUS +TITLE\n1\.1 +not checkable from code +Maintain current contact details\n/,
    );
    expect(r.out).toMatch(
      /\n2\.2\.3 +FAIL +Ensure that RDS instances are not publicly accessible\n {4}- aws-rds-disallow-public-access {2}db \(aws:rds:Instance\) {2}mandatory: publiclyAccessible is true/,
    );
    expect(r.out).toMatch(/\n2\.3\.1 +not evaluated +.*\n {4}no resource of the kinds its policies check \(aws:efs\/fileSystem:FileSystem\)\n/);
    expect(r.out).toMatch(/\nScore: \d+% \(\d+ of \d+ evaluated controls pass\)\.\nControls: 63: /);
  });

  it("JSON: every control once, in order, statuses and counts agree; exemptions make a control 'exempted'", async () => {
    const r = await compliance(INSECURE, "--framework", "cis-aws-5.0.0", "--format", "json");
    const doc = JSON.parse(r.out);
    expect(doc.framework.id).toBe("cis-aws-5.0.0");
    expect(doc.controls).toHaveLength(63);
    expect(doc.controls.map((c: any) => c.id)).toEqual([...doc.controls.map((c: any) => c.id)].sort(compareControlIds));
    for (const s of ["pass", "fail", "exempted", "not-evaluated", "not-checkable"])
      expect(doc.summary[s]).toBe(doc.controls.filter((c: any) => c.status === s).length);
    const rds = doc.controls.find((c: any) => c.id === "2.2.3");
    expect(rds).toMatchObject({ status: "fail", policies: ["aws-rds-disallow-public-access"] });
    expect(rds.findings[0]).toMatchObject({ resourceName: "db", resourceType: "aws:rds/instance:Instance" });
    for (const c of doc.controls.filter((x: any) => x.status === "not-checkable" || x.status === "not-evaluated")) expect(c.reason.length).toBeGreaterThan(10);

    const cfg = path.join(tmp, "exempt.json");
    fs.writeFileSync(cfg, JSON.stringify({ "aws-rds-disallow-public-access": { exemptions: [{ resource: "db", reason: "Reporting replica (SEC-7)" }] } }));
    const e = JSON.parse((await compliance(INSECURE, "--framework", "cis-aws-5.0.0", "--format", "json", "--config", cfg)).out);
    const ex = e.controls.find((c: any) => c.id === "2.2.3");
    expect(ex.status).toBe("exempted");
    expect(ex.findings[0].exemption.reason).toBe("Reporting replica (SEC-7)");
  });

  it("a compliant stack fails no CIS v5.0.0 control (exit 0); unknown framework and missing input are exit 2", async () => {
    const ok = await compliance(
      path.join(EXAMPLES, "webapp-compliant/stack.json"),
      "--framework",
      "cis-aws-5.0.0",
      "--config",
      path.join(EXAMPLES, "webapp-compliant/policy-config.json"),
      "--format",
      "json",
      "--pack",
      "aws-security",
      "data-location",
    );
    const doc = JSON.parse(ok.out);
    expect(doc.controls.filter((c: any) => c.status === "fail").map((c: any) => c.id)).toEqual([]);
    expect(ok.code).toBe(0);
    expect(doc.summary.pass).toBeGreaterThan(0);
    const bad = await compliance(INSECURE, "--framework", "cis-aws-9");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^rampart: unknown framework 'cis-aws-9' \(known: aws-fsbp, cis-aws-3\.0\.0, cis-aws-5\.0\.0; see 'rampart compliance --list'\)\n$/,
    );
    expect((await compliance("--framework", "cis-aws-5.0.0")).err).toMatch(/^rampart: compliance needs an input/);
  });

  it("markdown is stable across runs; SARIF is valid 2.1.0 with control tags", async () => {
    const a = await compliance(INSECURE, "--framework", "cis-aws-5.0.0", "--format", "markdown");
    const b = await compliance(INSECURE, "--framework", "cis-aws-5.0.0", "--format", "markdown");
    expect(a.out).toBe(b.out);
    expect(a.out).toMatch(/^### ❌ CIS AWS Foundations Benchmark v5\.0\.0: \d+ controls fail, score \d+%\n/);
    const s = await compliance(INSECURE, "--framework", "cis-aws-5.0.0", "--format", "sarif");
    const log = JSON.parse(s.out);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../report/testdata/sarif-schema-2.1.0.json"), "utf8"));
    const validate = newAjv().compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const res = log.runs[0].results.find((x: any) => x.ruleId === "aws-rds-disallow-public-access");
    expect(res.properties.tags).toEqual(["cis-aws-5.0.0:2.2.3"]);
    // Only the framework's policies' results.
    expect(log.runs[0].results.every((x: any) => x.properties.tags.length > 0)).toBe(true);
    expect(log.runs[0].properties.compliance.summary.controls).toBe(63);
  });
});

describe("compliance Markdown", () => {
  const catalog = {
    id: "demo-1.0.0",
    framework: "demo",
    version: "1.0.0",
    title: "Demo Benchmark v1.0.0",
    source: "a test catalog",
    controls: [
      { id: "1.10", title: "Buckets are private", policies: ["aws-s3-disallow-public-acl"] },
      { id: "1.2", title: "Data is encrypted", policies: ["aws-s3-require-sse-kms"] },
      { id: "1.3", title: "Trails are multi-region", policies: ["aws-cloudtrail-require-multi-region"] },
      { id: "2.1", title: "Root has MFA", notCheckable: "the root user is not managed by code" },
      { id: "2.2", title: "Contacts exist" },
    ],
  };
  const pack = {
    name: "aws-security",
    frameworks: [catalog],
    policies: [
      { name: "aws-s3-disallow-public-acl", controls: [], resourceTypes: ["aws:s3/bucket:Bucket"] },
      { name: "aws-s3-require-sse-kms", controls: [], resourceTypes: ["aws:s3/bucket:Bucket"] },
      { name: "aws-cloudtrail-require-multi-region", controls: [], resourceTypes: ["aws:cloudtrail/trail:Trail"] },
    ],
  } as unknown as PackMetadata;

  it("matches the snapshot and parses as GFM", async () => {
    const r = assessCompliance(catalog, [pack], sampleReport(), new Set(["aws:s3/bucket:Bucket"]));
    expect(r.controls.map((c) => [c.id, c.status])).toEqual([
      ["1.2", "fail"],
      ["1.3", "not-evaluated"],
      ["1.10", "fail"],
      ["2.1", "not-checkable"],
      ["2.2", "not-evaluated"],
    ]);
    expect(r.summary.score).toBe(0);
    const text = renderComplianceMarkdown(r);
    await expect(text).toMatchFileSnapshot("../report/testdata/compliance-report.md");
    const md = new MarkdownIt({ html: true });
    const tokens = md.parse(text, {});
    expect(tokens.filter((t) => t.type === "table_open").length).toBe(4); // status counts, two failing controls, all controls
    expect(md.render(text)).toContain("<details><summary>All 5 controls</summary>");
  });
});
