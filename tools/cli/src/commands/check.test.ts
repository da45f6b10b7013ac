import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../cli";
import type { Io } from "../io";
import { newAjv } from "../ajv";
import { toSarif } from "../report/sarif";

const EXAMPLES = path.resolve(__dirname, "../../../../examples");
const INSECURE = path.join(EXAMPLES, "webapp-insecure/stack.json");
const COMPLIANT = path.join(EXAMPLES, "webapp-compliant/stack.json");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-check-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI in process with a non-terminal stderr (as in CI or a pipe). */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), exitCode: 0, stderrIsTTY: false };
  const code = await main(["check", ...args, "--pack", "aws-security"], io);
  return { code, out, err };
}

function write(name: string, text: string): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
}

/** A small well-formedness check for XML: balanced tags, quoted attributes, escaped text. */
function assertWellFormedXml(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf("\n") + 1);
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const m of body.matchAll(re)) {
    expect(m.index).toBe(consumed); // nothing the tokenizer could not read (a raw '<' or bad attribute)
    consumed += m[0].length;
    if (m[5] !== undefined) {
      expect(m[5]).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      continue;
    }
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}

describe("rampart check: text and exit codes", () => {
  it("prints the CLI's Policies: section and a summary table, exit 1 on a mandatory violation, nothing on a non-TTY stderr", async () => {
    const r = await run(INSECURE);
    expect(r.code).toBe(1);
    // The layout tools/pulumi-cli's conformance test compares line by line with the real CLI.
    expect(r.out).toMatch(/^Policies:\n {4}❌ aws-security@v[\d.]+\n {8}- \[mandatory\] \[severity: critical\] {2}aws-\S+ {2}\(/);
    expect(r.out).toContain(
      "- [mandatory] [severity: critical]  aws-s3-disallow-public-acl  (aws:s3:Bucket: assets)\n          S3 buckets must not grant public access through ACLs.\n          acl is",
    );
    expect(r.out).toMatch(/Summary:\n {4}PACK \/ POLICY +SEVERITY +MANDATORY +ADVISORY\n {4}aws-security +\d+ +\d+\n/);
    expect(r.out).toMatch(/\n {6}aws-s3-disallow-public-acl +critical +1 +0\n/);
    expect(r.out).toMatch(/\d+ policy violations \(\d+ mandatory, \d+ advisory\) in \d+ resources/);
    // no progress output when stderr is not a terminal
    expect(r.err).toBe("");
    // eslint-disable-next-line no-control-regex -- looking for terminal control characters
    expect(r.out).not.toMatch(/[\r\x1b]/);
  });

  it("--fail-on: never, severities, and a bad value as one line with exit 2", async () => {
    expect((await run(INSECURE, "--fail-on", "never")).code).toBe(0);
    expect((await run(INSECURE, "--fail-on", "critical")).code).toBe(1); // public ACL is critical
    expect((await run(COMPLIANT)).code).toBe(0); // no mandatory violation
    const bad = await run(INSECURE, "--fail-on", "sometimes");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^rampart: --fail-on must be one of mandatory, advisory, never, low, medium, high, critical \(got 'sometimes'\)\n$/);
  });

  it("input errors are one line with exit 2", async () => {
    for (const args of [[path.join(tmp, "missing.json")], [INSECURE, "--format", "html"], [path.join(EXAMPLES, "ts-webapp"), "--stack", "prod"]]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.split("\n")).toHaveLength(2); // one line and its newline
      expect(r.err).toMatch(/^rampart: /);
    }
  });
});

describe("rampart check: report formats", () => {
  it("json: versioned, stable, documented fields (preview input)", async () => {
    const r = await run(path.join(EXAMPLES, "webapp-preview/preview.json"), "--format", "json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.version).toBe(1);
    expect(doc.tool.name).toBe("rampart");
    expect(doc.input).toMatchObject({ kind: "preview", stack: "prod", project: "webapp" });
    expect(doc.summary.violations).toBe(doc.violations.length);
    expect(doc.summary.mandatory + doc.summary.advisory).toBe(doc.violations.length);
    expect(doc.summary.failed).toBe(true);
    const v = doc.violations.find((x: any) => x.policy === "aws-s3-disallow-public-acl");
    expect(v).toMatchObject({ enforcementLevel: "mandatory", severity: "critical", resourceName: "assets", resourceType: "aws:s3/bucket:Bucket" });
    expect(v.message).toContain("public-read-write");
    expect(v.location.line).toBeGreaterThan(1);
    expect(v.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(doc.violations.map((x: any) => x.urn)).not.toContain(expect.stringContaining("legacy-uploads"));
    // stable: the same input gives the same bytes
    expect((await run(path.join(EXAMPLES, "webapp-preview/preview.json"), "--format", "json")).out).toBe(r.out);
  });

  it("sarif: valid against the SARIF 2.1.0 schema, with rules, levels, locations, suppressions and expired exemptions", async () => {
    const exemptions = write(
      "sarif-exemptions.yaml",
      [
        "exemptions:",
        "  - policy: aws-s3-disallow-public-acl",
        "    resource: assets",
        "    reason: Public website assets, reviewed in SEC-42",
        "    expires: 2999-12-31",
        "  - policy: aws-ec2-*",
        "    resource: urn:pulumi:dev::yaml-webapp::aws:ec2/securityGroup:SecurityGroup::web",
        "    reason: Temporary SSH access during migration",
        "    expires: 2020-01-31",
        "",
      ].join("\n"),
    );
    const out = path.join(tmp, "report.sarif");
    const r = await run(path.join(EXAMPLES, "yaml-webapp"), "--format", "sarif", "--output", out, "--exemptions", exemptions);
    expect(r.out).toBe("");
    expect(r.code).toBe(1); // the expired exemption no longer covers the open SSH port
    expect(r.err).toMatch(
      /^rampart: warning: exemption of aws-ec2-\* for urn:pulumi:dev::yaml-webapp::aws:ec2\/securityGroup:SecurityGroup::web expired on 2020-01-31/,
    );
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]); // written atomically
    const log = JSON.parse(fs.readFileSync(out, "utf8"));

    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../report/testdata/sarif-schema-2.1.0.json"), "utf8"));
    const validate = newAjv().compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);

    const run0 = log.runs[0];
    const rule = run0.tool.driver.rules.find((x: any) => x.id === "aws-s3-disallow-public-acl");
    expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(rule.help.text.length).toBeGreaterThan(10);
    expect(rule.defaultConfiguration.level).toBe("error");
    const acl = run0.results.find((x: any) => x.ruleId === "aws-s3-disallow-public-acl");
    expect(acl.suppressions).toEqual([{ kind: "external", justification: "Public website assets, reviewed in SEC-42 (until 2999-12-31)" }]);
    const ssh = run0.results.find((x: any) => x.ruleId === "aws-ec2-disallow-open-ssh");
    expect(ssh.level).toBe("error");
    expect(ssh.suppressions).toBeUndefined();
    expect(ssh.locations[0].logicalLocations[0]).toEqual({
      name: "web",
      fullyQualifiedName: "urn:pulumi:dev::yaml-webapp::aws:ec2/securityGroup:SecurityGroup::web",
      kind: "resource",
    });
    expect(ssh.locations[0].physicalLocation.region.startLine).toBe(66); // `web:` in Pulumi.yaml
    expect(ssh.locations[0].physicalLocation.artifactLocation.uri).toMatch(/examples\/yaml-webapp\/Pulumi\.yaml$/);
    expect(run0.results.some((x: any) => x.level === "warning" || x.level === "note")).toBe(true); // advisory
    expect(run0.invocations[0].toolConfigurationNotifications[0].message.text).toContain("expired on 2020-01-31");
    expect(run0.results[0].ruleIndex).toBe(run0.tool.driver.rules.findIndex((x: any) => x.id === run0.results[0].ruleId));
  });

  it("sarif: locations relative to %SRCROOT% for files under the root", () => {
    const violation = {
      pack: "p",
      packVersion: "1.0.0",
      policy: "x-y-z",
      enforcementLevel: "advisory" as const,
      severity: "low" as const,
      description: "d",
      message: "m",
      urn: "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::b",
      resourceName: "b",
      resourceType: "aws:s3/bucket:Bucket",
      location: { file: path.join(EXAMPLES, "yaml-webapp/Pulumi.yaml"), line: 3 },
    };
    const log = toSarif(
      {
        tool: { name: "rampart", version: "0.0.0" },
        input: { path: "x", kind: "yaml-program", stack: "dev", project: "proj" },
        packs: [],
        resourcesChecked: 1,
        violations: [violation],
        exempted: [],
        baselined: [],
        baselineUsed: true,
        expiredExemptions: [],
        failOn: "mandatory",
        failed: false,
      },
      EXAMPLES,
    );
    const res = log.runs[0].results[0] as any;
    expect(res.level).toBe("note");
    expect(res.baselineState).toBe("new");
    expect(res.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "yaml-webapp/Pulumi.yaml", uriBaseId: "%SRCROOT%" });
  });

  it("junit: well-formed XML with a failure per policy and resource and a summary case per pack (TypeScript program)", async () => {
    const r = await run(path.join(EXAMPLES, "ts-webapp"), "--format", "junit");
    expect(r.code).toBe(1);
    assertWellFormedXml(r.out);
    const failures = [...r.out.matchAll(/<failure /g)].length;
    expect(failures).toBeGreaterThan(0);
    expect(r.out).toMatch(new RegExp(`<testsuites name="[^"]*" tests="\\d+" failures="${failures}"`));
    expect(r.out).toContain(
      '<testcase classname="aws-security.aws-s3-disallow-public-acl" name="aws-s3-disallow-public-acl: site-content (aws:s3/bucket:Bucket)"',
    );
    expect(r.out).toContain("acl is &quot;public-read&quot;");
    expect(r.out).toMatch(/<testcase classname="aws-security" name="aws-security: \d+ policies on \d+ resources" time="0"\/>/);
  });
});

describe("rampart check: exemptions, baseline, policy config", () => {
  it("a malformed exemptions file is exit 2 with one line naming the entry and property", async () => {
    const bad = write("bad-exemptions.yaml", "exemptions:\n  - policy: aws-s3-disallow-public-acl\n    resource: assets\n");
    const r = await run(INSECURE, "--exemptions", bad);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`rampart: ${bad}: exemptions[0].reason is required\n`);
    const badDate = write("bad-date.yaml", "exemptions:\n  - policy: a\n    resource: b\n    reason: c\n    expires: 2026-02-30\n");
    expect((await run(INSECURE, "--exemptions", badDate)).err).toBe(`rampart: ${badDate}: exemptions[0].expires must match format "date"\n`);
  });

  it("finds rampart.yaml next to the input", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "proj-"));
    fs.copyFileSync(INSECURE, path.join(dir, "stack.json"));
    fs.writeFileSync(path.join(dir, "rampart.yaml"), "exemptions:\n  - policy: '*'\n    resource: '*'\n    reason: Everything accepted for this test\n");
    const r = await run(path.join(dir, "stack.json"), "--format", "json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.violations).toEqual([]);
    expect(doc.summary.exempted).toBeGreaterThan(0);
    expect(doc.exempted[0].exemption.reason).toBe("Everything accepted for this test");
  });

  it("baseline round trip: written stable and sorted, then only new violations are reported", async () => {
    const b1 = path.join(tmp, "baseline.json");
    const b2 = path.join(tmp, "baseline2.json");
    await run(INSECURE, "--write-baseline", b1, "--fail-on", "never");
    await run(INSECURE, "--write-baseline", b2, "--fail-on", "never");
    const text = fs.readFileSync(b1, "utf8");
    expect(fs.readFileSync(b2, "utf8")).toBe(text);
    const doc = JSON.parse(text);
    expect(doc.version).toBe(1);
    const keys = doc.violations.map((e: any) => JSON.stringify([e.pack, e.policy, e.urn, e.messageHash]));
    expect([...keys].sort()).toEqual(keys);
    expect(doc.violations[0].messageHash).toMatch(/^[0-9a-f]{64}$/);

    const all = await run(INSECURE, "--baseline", b1);
    expect(all.code).toBe(0);
    expect(all.out).toContain(`${doc.violations.length} violations in the baseline not shown.`);
    expect(all.out).toContain("No policy violations");

    const dropped = doc.violations.findIndex((e: any) => e.policy === "aws-s3-disallow-public-acl");
    const partial = write("partial-baseline.json", JSON.stringify({ version: 1, violations: doc.violations.filter((_: any, i: number) => i !== dropped) }));
    const one = await run(INSECURE, "--baseline", partial, "--format", "json");
    expect(one.code).toBe(1);
    expect(JSON.parse(one.out).violations.map((v: any) => v.policy)).toEqual(["aws-s3-disallow-public-acl"]);
  });

  it("exemptions in the policy config (each policy's `exemptions` setting) drop the violation, are listed, and expire", async () => {
    const acl = (doc: any) => doc.violations.filter((v: any) => v.policy === "aws-s3-disallow-public-acl" && v.resourceName === "assets");
    const before = JSON.parse((await run(INSECURE, "--format", "json", "--fail-on", "never")).out);
    expect(acl(before)).toHaveLength(1);

    const cfg = write(
      "exempt-config.json",
      JSON.stringify({ "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets", reason: "Public website (SEC-42)" }] } }),
    );
    const r = await run(INSECURE, "--config", cfg, "--format", "json", "--fail-on", "never");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(acl(doc)).toEqual([]);
    expect(doc.violations).toHaveLength(before.violations.length - 1);
    expect(doc.exempted.map((e: any) => [e.policy, e.resourceName, e.exemption.reason])).toEqual([
      ["aws-s3-disallow-public-acl", "assets", "Public website (SEC-42)"],
    ]);

    // Expired: reported again, with the pack's line saying so, and a warning naming the config file.
    const old = write(
      "expired-config.json",
      JSON.stringify({ "aws-s3-disallow-public-acl": { exemptions: [{ resource: "urn:*::assets", reason: "SEC-1", expires: "2020-01-31" }] } }),
    );
    const e = await run(INSECURE, "--config", old, "--format", "json", "--fail-on", "never");
    const edoc = JSON.parse(e.out);
    expect(acl(edoc)).toHaveLength(1);
    expect(acl(edoc)[0].message).toContain("The exemption for 'urn:*::assets' (SEC-1) expired on 2020-01-31 and no longer applies");
    expect(edoc.expiredExemptions).toEqual([
      { policy: "aws-s3-disallow-public-acl", resource: "urn:*::assets", reason: "SEC-1", expires: "2020-01-31", pack: null },
    ]);
    expect(e.err).toContain(`rampart: warning: exemption of aws-s3-disallow-public-acl for urn:*::assets expired on 2020-01-31 and no longer applies (${old})`);

    // Malformed: exit 2, one line.
    const bad = write("bad-exempt-config.json", JSON.stringify({ "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets" }] } }));
    const b = await run(INSECURE, "--config", bad);
    expect(b.code).toBe(2);
    expect(b.err).toBe("rampart: policy config: aws-s3-disallow-public-acl: exemptions[0].reason is required\n");
  });

  it("--format markdown: the pull request summary, byte-stable across runs", async () => {
    const a = await run(INSECURE, "--format", "markdown");
    const b = await run(INSECURE, "--format", "markdown");
    expect(a.code).toBe(1);
    expect(a.out).toBe(b.out);
    expect(a.out).toMatch(/^### ❌ rampart: \d+ mandatory, \d+ advisory violations\n/);
    expect(a.out).toContain("#### Top findings");
  });

  it("policy config is validated against each policy's config schema", async () => {
    const bad = write("bad-config.json", JSON.stringify({ "aws-ec2-restrict-open-ports-to-authorized": { authorizedPorts: ["http"] } }));
    const r = await run(INSECURE, "--config", bad);
    expect(r.code).toBe(2);
    expect(r.err).toBe("rampart: policy config: aws-ec2-restrict-open-ports-to-authorized: authorizedPorts[0] must be integer\n");
    const badLevel = write("bad-level.json", JSON.stringify({ "aws-s3-disallow-public-acl": { enforcementLevel: "loud" } }));
    expect((await run(INSECURE, "--config", badLevel)).err).toMatch(
      /^rampart: policy config: aws-s3-disallow-public-acl: enforcementLevel must be one of "advisory", "mandatory", "remediate", "disabled"\n$/,
    );

    // a valid config reaches the pack: port 22 authorized → no such advisory for the SSH rule
    const ok = write(
      "ok-config.json",
      JSON.stringify({ "aws-ec2-restrict-open-ports-to-authorized": { authorizedPorts: [22, 80, 443] }, "aws-s3-disallow-public-acl": "advisory" }),
    );
    const r2 = await run(INSECURE, "--config", ok, "--format", "json");
    const doc = JSON.parse(r2.out);
    const ports = doc.violations.filter((v: any) => v.policy === "aws-ec2-restrict-open-ports-to-authorized");
    expect(ports.length).toBeGreaterThan(0);
    for (const v of ports) {
      expect(v.message).toContain("(22, 80, 443)");
      expect(v.message).not.toMatch(/port 22,/);
    }
    expect(doc.violations.find((v: any) => v.policy === "aws-s3-disallow-public-acl").enforcementLevel).toBe("advisory");
  });
});

describe("--fail-on and preview advisories", () => {
  it("never fails a check on an advisory that only says a value is unknown during preview", async () => {
    const { failsOn } = await import("./check.js");
    const base = {
      pack: "p",
      packVersion: "1",
      policy: "aws-s3-x",
      description: "d",
      urn: "u",
      resourceName: "n",
      resourceType: "t",
      severity: "high" as const,
    };
    const unknownOnly = {
      ...base,
      enforcementLevel: "advisory" as const,
      message: "can't run policy 'aws-s3-x' from policy pack 'p@v1' during preview: string value at .acl can't be known during preview",
    };
    const real = { ...base, enforcementLevel: "advisory" as const, message: 'acl is "public-read".' };
    expect(failsOn("advisory", unknownOnly)).toBe(false);
    expect(failsOn("high", unknownOnly)).toBe(false);
    expect(failsOn("advisory", real)).toBe(true);
    expect(failsOn("high", real)).toBe(true);
    expect(failsOn("mandatory", real)).toBe(false);
  });
});
