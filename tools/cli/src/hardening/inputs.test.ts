/**
 * Issue 16, classes 2, 3, 4 and 8: outputs never clobber inputs, exemption globs cannot hang,
 * parse errors never quote content, and malformed or unreadable inputs are one line with exit 2.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { describeError, oneLine } from "../cli";
import { run } from "../commands/test-util";
import { compileGlob } from "@rampart/policy-core";
import { jsonErrorAt, parseJson } from "../safe-read";

const EXAMPLES = path.resolve(__dirname, "../../../../examples");
const INSECURE = path.join(EXAMPLES, "webapp-insecure/stack.json");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-hardening-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const f = path.join(tmp, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
}

const check = (...args: string[]) => run(["check", ...args, "--pack", "aws-security"]);
const exportWith = (resources: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 3, deployment: { resources }, ...extra });
const stackRes = { urn: "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev", custom: false, type: "pulumi:pulumi:Stack" };
const bucket = (extra: Record<string, unknown>) => ({
  urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b",
  custom: true,
  type: "aws:s3/bucket:Bucket",
  inputs: {},
  ...extra,
});

/** One line on stderr, exit 2, nothing on stdout. */
function expectInputError(r: { code: number; out: string; err: string }, pattern: RegExp): void {
  expect(r.code, r.err).toBe(2);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/^rampart: [^\n]+\n$/);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/Maximum call stack|is not a function|\n\s+at /);
}

describe("outputs never overwrite inputs (class 2)", () => {
  it("refuses --output equal to the input and leaves the input as it was", async () => {
    const input = write("x.json", fs.readFileSync(INSECURE, "utf8"));
    const before = fs.readFileSync(input);
    expectInputError(await check(input, "--output", input), /--output .*x\.json is the input; refusing to overwrite it/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    // Through another spelling and a symbolic link too.
    expectInputError(await check(input, "--output", path.join(tmp, ".", "x.json")), /is the input/);
    const link = path.join(tmp, "link.json");
    fs.symlinkSync(input, link);
    expectInputError(await check(input, "--output", link), /is the input/);
    expectInputError(await check(link, "--write-baseline", input), /--write-baseline .* is the input/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses outputs equal to the config, exemptions or baseline file, and two equal outputs", async () => {
    const config = write("cfg.json", "{}");
    const ex = write("ex/rampart.yaml", "exemptions: []\n");
    const input = write("ex/stack.json", fs.readFileSync(INSECURE, "utf8"));
    const baseline = write("bl.json", JSON.stringify({ version: 1, violations: [] }));
    expectInputError(await check(input, "--config", config, "--output", config), /is the policy config/);
    expectInputError(await check(input, "--output", ex), /is the exemptions file/);
    expectInputError(await check(input, "--exemptions", ex, "--write-baseline", ex), /is the exemptions file/);
    expectInputError(await check(input, "--baseline", baseline, "--write-baseline", baseline), /is the baseline/);
    const same = path.join(tmp, "r.json");
    expectInputError(await check(input, "--output", same, "--write-baseline", same), /--output and --write-baseline are the same file/);
    for (const f of [config, ex, baseline]) expect(fs.existsSync(f)).toBe(true);
    expect(fs.existsSync(same)).toBe(false);
    expect(fs.readFileSync(config, "utf8")).toBe("{}");
  });

  it("checks every output folder before any work: no report is printed when --write-baseline cannot be written", async () => {
    const r = await check(INSECURE, "--write-baseline", path.join(tmp, "missing", "b.json"));
    expectInputError(r, /cannot write --write-baseline .*its folder .*missing does not exist/);
    expectInputError(await check(INSECURE, "--output", tmp), /it is a folder/);
  });
});

describe("exemption globs run in linear time (class 3)", () => {
  it("matches like the old globs", () => {
    const cases: [string, string, boolean][] = [
      ["aws-s3-*", "aws-s3-disallow-public-acl", true],
      ["aws-s3-*", "aws-ec2-x", false],
      ["*", "", true],
      ["", "", true],
      ["a?c", "abc", true],
      ["a?c", "ac", false],
      ["*::web", "urn:pulumi:dev::p::aws:ec2/securityGroup:SecurityGroup::web", true],
      ["urn:*:Bucket::*", "urn:pulumi:dev::p::aws:s3/bucket:Bucket::assets", true],
      ["*a*b*a*", "xxaxxbxxa", true],
      ["*a*b*a*", "xxaxxbxx", false],
      ["a*a", "a", false],
      ["[x].(y)", "[x].(y)", true],
    ];
    for (const [g, t, want] of cases) expect(compileGlob(g).test(t), `${g} vs ${t}`).toBe(want);
  });

  it("answers pathological patterns against long URNs at once (a backtracking regex never returns)", async () => {
    const urn = `urn:pulumi:dev::p::aws:s3/bucket:Bucket::${"a".repeat(100_000)}`;
    for (const g of [`${"*".repeat(25)}!`, `${"*a".repeat(30)}!`, `${"?*".repeat(40)}b`]) expect(compileGlob(g).test(urn)).toBe(false);
    expect(compileGlob(`${"*a".repeat(30)}*`).test(urn)).toBe(true);
    // Through rampart check with such an exemption.
    const dir = path.join(tmp, "globs");
    write("globs/stack.json", fs.readFileSync(INSECURE, "utf8"));
    write("globs/rampart.yaml", `exemptions:\n  - policy: "${"*".repeat(25)}!"\n    resource: "${"*".repeat(25)}!"\n    reason: pathological\n`);
    const r = await check(path.join(dir, "stack.json"), "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).violations.length).toBeGreaterThan(0);
  });
});

describe("parse errors name file, line and column, never the content (class 4)", () => {
  it("JSON inputs, config and baselines", async () => {
    const input = write("bad.json", `{\n  "version": 3,\n  "deployment": {"resources": [{"urn": "hunter2-s3cr3t-value" oops}]}\n}\n`);
    const r = await check(input);
    expectInputError(r, /bad\.json is not valid JSON: expected ',' or '}' at line 3, column 63/);
    expect(r.err).not.toMatch(/hunter2|s3cr3t|oops/);
    const cfg = write("badcfg.json", `{"aws-s3-disallow-public-acl": "s3cr3t-token-value`);
    const c = await check(INSECURE, "--config", cfg);
    expectInputError(c, /policy config .*badcfg\.json is not valid JSON: unterminated string at line 1, column 32/);
    expect(c.err).not.toMatch(/s3cr3t/);
    const bl = write("badbl.json", `{"version": 1, "violations": [s3cr3t]}`);
    const b = await check(INSECURE, "--baseline", bl);
    expectInputError(b, /baseline .*badbl\.json is not valid JSON: unexpected character at line 1, column 31/);
    expect(b.err).not.toMatch(/s3cr3t/);
  });

  it("YAML exemptions name line and column, not the text", async () => {
    const ex = write("badex.yaml", `exemptions:\n  - policy: x\n   resource: s3cr3t-yaml-value\n  bad: [\n`);
    const r = await check(INSECURE, "--exemptions", ex);
    expectInputError(r, /badex\.yaml:\d+:\d+: not valid YAML \([a-z ]+\) at line \d+, column \d+/);
    expect(r.err).not.toMatch(/s3cr3t/);
  });

  it("finds the position of every kind of JSON error without recursion", () => {
    expect(jsonErrorAt(`${"[".repeat(100_000)}x`)).toEqual({ offset: 100_000, problem: "unexpected character" });
    expect(jsonErrorAt(`{"a": 1,}`).problem).toBe("expected a property name in double quotes");
    expect(jsonErrorAt(`[1 2]`)).toEqual({ offset: 3, problem: "expected ',' or ']'" });
    expect(jsonErrorAt(`{"a" 1}`).problem).toBe("expected ':'");
    expect(jsonErrorAt(`"\\q"`).problem).toBe("bad escape in a string");
    expect(jsonErrorAt(`{} x`).problem).toBe("unexpected text after the JSON value");
    expect(jsonErrorAt(`[`).problem).toBe("unexpected end of the text");
    expect(() => parseJson(`{"k": "secret-value`, "f.json")).toThrow(/^f\.json is not valid JSON: unterminated string at line 1, column 7$/);
  });
});

describe("input limits and structure (class 8)", () => {
  afterEach(() => {
    delete process.env.RAMPART_MAX_INPUT_BYTES;
  });

  it("refuses /dev/zero, a FIFO and a folder as a file", async () => {
    if (fs.existsSync("/dev/zero")) expectInputError(await check("/dev/zero"), /\/dev\/zero is not a regular file \(a device\)/);
    const fifo = path.join(tmp, "fifo");
    execFileSync("mkfifo", [fifo]);
    expectInputError(await check(fifo), /fifo is not a regular file \(a named pipe\)/);
    expectInputError(await check(INSECURE, "--config", fifo), /policy config .*fifo is not a regular file/);
    expectInputError(await check(INSECURE, "--baseline", "/dev/zero"), /baseline \/dev\/zero is not a regular file/);
  });

  it("caps the size of an input with a clear message", async () => {
    process.env.RAMPART_MAX_INPUT_BYTES = "100";
    expectInputError(
      await check(INSECURE),
      /stack\.json is [\d.]+ (bytes|KiB|MiB), more than the 100 bytes rampart reads \(set RAMPART_MAX_INPUT_BYTES to raise the limit\)/,
    );
  });

  it("checks the structure with a schema and names the path", async () => {
    const cases: [unknown, RegExp][] = [
      [exportWith([stackRes, bucket({ provider: 42 })]), /deployment\.resources\[1\]\.provider must be string/],
      [exportWith([stackRes, bucket({ dependencies: "urn:x" })]), /deployment\.resources\[1\]\.dependencies must be array/],
      [exportWith([stackRes, bucket({ parent: { urn: "x" } })]), /deployment\.resources\[1\]\.parent must be string/],
      [exportWith([stackRes, bucket({ inputs: [1, 2] })]), /deployment\.resources\[1\]\.inputs must be object/],
      [exportWith([stackRes, bucket({ propertyDependencies: { acl: "x" } })]), /deployment\.resources\[1\]\.propertyDependencies\.acl must be array/],
      [exportWith([{ type: "x:y:Z" }]), /deployment\.resources\[0\]\.urn is required/],
      [JSON.stringify({ version: 3, deployment: [] }), /deployment must be object/],
      [JSON.stringify({ version: 3, deployment: { resources: null } }), /deployment\.resources must be array/],
      [JSON.stringify({ deployment: {} }), /version is required/],
      [JSON.stringify({ steps: [{ op: "create", newState: { urn: "u", type: "t", provider: 7 } }] }), /steps\[0\]\.newState\.provider must be string/],
      [JSON.stringify({ steps: null }), /steps must be array/],
    ];
    for (const [text, pattern] of cases) expectInputError(await check(write("shape.json", String(text))), pattern);
  });

  it("handles deep nesting with one line, without a stack overflow", async () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const input = write(
      "deep.json",
      `{"version": 3, "deployment": {"resources": [{"urn": "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", "custom": true, "type": "aws:s3/bucket:Bucket", "inputs": ${deep}}]}}`,
    );
    expectInputError(await check(input), /deep\.json: values nest more than 200 levels deep \(at deployment\.resources\[0\]\.inputs\.a\.a/);
  });

  it("turns internal errors into one line that says what to do", () => {
    expect(describeError(new TypeError("ref.lastIndexOf is not a function"))).toMatch(
      /^internal error \(TypeError: ref\.lastIndexOf is not a function\); the input may be malformed/,
    );
    expect(describeError(new RangeError("Maximum call stack size exceeded"))).toMatch(/^the input nests too deeply to process/);
    expect(oneLine("TSError: ⨯ Unable to compile TypeScript:\n    at createTSError (/x/ts-node/index.js:1:1)\n    at y")).toBe(
      "TSError: ⨯ Unable to compile TypeScript:",
    );
  });
});
