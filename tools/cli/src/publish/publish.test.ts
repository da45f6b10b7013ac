// `rampart publish` against a stand-in `pulumi` executable (first on PATH) that answers
// `policy ls --json`, `policy publish` and `policy enable` as the real CLI does (texts from the
// Pulumi CLI sources: pkg/cmd/pulumi/policy/policy_list.go, pkg/backend/httpstate/policypack.go and
// client/client.go), in a throwaway workspace of three small packs.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../cli";
import type { Io } from "../io";

/** State of the stand-in Pulumi Cloud organization. */
interface FakeState {
  /** Versions in the organization, per pack. */
  packs: Record<string, string[]>;
  /** Versions that exist but `policy ls` does not show yet (published concurrently). */
  hidden?: Record<string, string[]>;
  /** Packs whose publish fails midway (upload), with the error text. */
  fail?: Record<string, string>;
  /** `policy ls` fails as when no credentials are set. */
  loggedOut?: boolean;
}

// The stand-in: records argv and cwd, then answers like the real CLI.
const FAKE_PULUMI = String.raw`#!/usr/bin/env node
const fs = require("fs");
const path = require("path");
const stateFile = process.env.FAKE_PULUMI_STATE;
const state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
const args = process.argv.slice(2);
fs.appendFileSync(stateFile + ".log", JSON.stringify({ args, cwd: process.cwd() }) + "\n");
const save = () => fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
const fail = (msg) => { process.stderr.write("error: " + msg + "\n"); process.exit(1); };
const [group, cmd, ...rest] = args;
if (group !== "policy") fail("unknown command " + JSON.stringify(group) + " for \"pulumi\"");
if (cmd === "ls" || cmd === "list") {
  if (state.loggedOut) fail("PULUMI_ACCESS_TOKEN must be set for login during non-interactive CLI sessions");
  const json = rest.includes("--json") || rest.includes("-j") || rest.join(" ").includes("--output json");
  const list = Object.entries(state.packs).map(([name, versions]) => ({ name, versions }));
  if (json) process.stdout.write(JSON.stringify(list, null, 2) + "\n");
  else process.stdout.write("NAME  VERSIONS\n" + list.map((p) => p.name + "  " + p.versions.join(", ")).join("\n") + "\n");
  process.exit(0);
}
if (cmd === "publish") {
  const org = rest[0];
  if (!fs.existsSync("PulumiPolicy.yaml")) fail("no PulumiPolicy.yaml found; please run this command in a policy pack folder");
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
  const name = pkg.name.replace(/^@[^/]+\//, "");
  const version = pkg.version;
  process.stdout.write("Obtaining policy metadata from policy plugin\n");
  process.stdout.write("Compressing policy pack\n");
  process.stdout.write("Uploading policy pack to Pulumi service\n");
  process.stdout.write("Publishing \"" + name + "\" - version " + version + " to \"" + org + "\"\n");
  const known = [...(state.packs[name] || []), ...((state.hidden || {})[name] || [])];
  if (known.includes(version)) fail("Publish policy pack failed: [400] Bad Request: Policy Pack: " + name + ", Version Tag: " + version + " already exists");
  if (state.fail && state.fail[name]) fail("Failed to upload compressed PolicyPack: " + state.fail[name]);
  state.packs[name] = [...(state.packs[name] || []), version];
  save();
  process.stdout.write("\nPermalink: https://app.pulumi.com/" + org + "/insights/policypacks/" + name + "/" + version + "\n");
  process.exit(0);
}
if (cmd === "enable") {
  const [ref, version] = rest;
  const [, name] = ref.split("/");
  if (!(state.packs[name] || []).includes(version) && version !== "latest") fail("Enable policy pack failed: [404] Not Found: Policy Pack '" + name + "' not found");
  process.exit(0);
}
fail("unknown command " + JSON.stringify(cmd) + " for \"pulumi policy\"");
`;

let tmp: string;
let ws: string;
let stateFile: string;
const savedPath = process.env.PATH;

function writePack(name: string, version: string, build = "ok") {
  const dir = path.join(ws, "packages", name);
  fs.mkdirSync(dir, { recursive: true });
  const buildJs =
    build === "ok"
      ? `require("fs").mkdirSync("dist",{recursive:true});require("fs").writeFileSync("dist/index.js","");require("fs").appendFileSync(${JSON.stringify(path.join(tmp, "builds.log"))}, ${JSON.stringify(name)} + "\\n");`
      : `console.error("src/index.ts(3,1): error TS2304: Cannot find name 'oops'.");process.exit(2);`;
  fs.writeFileSync(path.join(dir, "build.js"), buildJs);
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: `@rampart/${name}`, version, main: "dist/index.js", scripts: { build: "node build.js" } }, null, 2),
  );
  fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
}

function setState(s: FakeState) {
  fs.writeFileSync(stateFile, JSON.stringify(s, null, 2));
  fs.rmSync(`${stateFile}.log`, { force: true });
  fs.rmSync(path.join(tmp, "builds.log"), { force: true });
}
const state = (): FakeState => JSON.parse(fs.readFileSync(stateFile, "utf8"));
const calls = (): { args: string[]; cwd: string }[] =>
  fs.existsSync(`${stateFile}.log`)
    ? fs
        .readFileSync(`${stateFile}.log`, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
    : [];
const builds = (): string[] => (fs.existsSync(path.join(tmp, "builds.log")) ? fs.readFileSync(path.join(tmp, "builds.log"), "utf8").trim().split("\n") : []);

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), exitCode: 0 };
  const code = await main(["publish", "--root", ws, ...argv], io);
  return { code, out, err };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-publish-"));
  ws = path.join(tmp, "ws");
  fs.mkdirSync(path.join(ws, "packages", "lib"), { recursive: true });
  fs.writeFileSync(path.join(ws, "package.json"), JSON.stringify({ name: "ws", private: true, workspaces: ["packages/*"] }));
  // A library (no PulumiPolicy.yaml) is not a pack.
  fs.writeFileSync(path.join(ws, "packages", "lib", "package.json"), JSON.stringify({ name: "@rampart/lib", version: "0.1.0" }));
  const bin = path.join(tmp, "bin");
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, "pulumi"), FAKE_PULUMI, { mode: 0o755 });
  stateFile = path.join(tmp, "org.json");
  process.env.FAKE_PULUMI_STATE = stateFile;
  process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
});

afterAll(() => {
  process.env.PATH = savedPath;
  delete process.env.FAKE_PULUMI_STATE;
  fs.rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  fs.rmSync(path.join(ws, "packages", "alpha"), { recursive: true, force: true });
  fs.rmSync(path.join(ws, "packages", "beta"), { recursive: true, force: true });
  fs.rmSync(path.join(ws, "packages", "gamma"), { recursive: true, force: true });
  writePack("alpha", "0.1.0");
  writePack("beta", "0.2.0");
  writePack("gamma", "1.0.0");
});

describe("rampart publish", () => {
  it("--dry-run lists what would be published and runs nothing but policy ls", async () => {
    setState({ packs: { alpha: ["0.1.0"], beta: ["0.1.0"], other: ["3.0.0"] } });
    const r = await run("--org", "acme", "--dry-run");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Dry run for acme: nothing was built or published.");
    expect(r.out).toContain("Summary: 2 would be published, 1 skipped, 0 failed");
    expect(r.out).toMatch(/would publish +beta@0\.2\.0/);
    expect(r.out).toMatch(/would publish +gamma@1\.0\.0/);
    expect(r.out).toMatch(/skipped +alpha@0\.1\.0: version 0\.1\.0 is already in acme/);
    expect(calls().map((c) => c.args)).toEqual([["policy", "ls", "acme", "--json"]]);
    expect(builds()).toEqual([]);
  });

  it("publishes new versions, skips existing ones, survives a midway failure, and a re-run publishes only the rest", async () => {
    setState({ packs: { alpha: ["0.1.0"] }, fail: { beta: "PUT https://storage.example/upload: 503 Service Unavailable" } });
    const first = await run("--org", "acme");
    expect(first.code).toBe(1);
    expect(first.out).toContain("Summary for acme: 1 published, 1 skipped, 1 failed");
    expect(first.out).toMatch(/published +gamma@1\.0\.0/);
    expect(first.out).toMatch(/skipped +alpha@0\.1\.0/);
    expect(first.out).toMatch(
      /failed +beta@0\.2\.0: pulumi policy publish acme failed: error: Failed to upload compressed PolicyPack: PUT https:\/\/storage\.example\/upload: 503 Service Unavailable/,
    );
    // The real CLI's output is passed through; no stack trace anywhere.
    expect(first.out).toContain('Publishing "gamma" - version 1.0.0 to "acme"');
    expect(first.out + first.err).not.toMatch(/^\s+at /m);
    // beta failed before gamma ran: the failure did not stop the run.
    const publishCalls = calls().filter((c) => c.args[1] === "publish");
    expect(publishCalls.map((c) => [c.args, path.basename(c.cwd)])).toEqual([
      [["policy", "publish", "acme"], "beta"],
      [["policy", "publish", "acme"], "gamma"],
    ]);
    expect(builds()).toEqual(["beta", "gamma"]); // alpha's version exists: not even built
    expect(state().packs).toEqual({ alpha: ["0.1.0"], gamma: ["1.0.0"] });

    // The upload works again: a re-run publishes only beta.
    const s = state();
    delete s.fail;
    fs.writeFileSync(stateFile, JSON.stringify(s));
    fs.rmSync(`${stateFile}.log`);
    fs.rmSync(path.join(tmp, "builds.log"));
    const second = await run("--org", "acme");
    expect(second.code).toBe(0);
    expect(second.out).toContain("Summary for acme: 1 published, 2 skipped, 0 failed");
    expect(
      calls()
        .filter((c) => c.args[1] === "publish")
        .map((c) => path.basename(c.cwd)),
    ).toEqual(["beta"]);
    expect(state().packs).toEqual({ alpha: ["0.1.0"], gamma: ["1.0.0"], beta: ["0.2.0"] });

    // Nothing left: a third run publishes nothing.
    fs.rmSync(`${stateFile}.log`);
    const third = await run("--org", "acme", "--no-build");
    expect(third.code).toBe(0);
    expect(third.out).toContain("Summary for acme: 0 published, 3 skipped, 0 failed");
    expect(calls().map((c) => c.args[1])).toEqual(["ls"]);
  });

  it("treats the service's 'already exists' answer as skipped (published meanwhile)", async () => {
    setState({ packs: {}, hidden: { alpha: ["0.1.0"] } });
    const r = await run("--org", "acme", "--pack", "alpha", "--no-build");
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 published, 1 skipped, 0 failed");
    expect(r.out).toMatch(/skipped +alpha@0\.1\.0: version 0\.1\.0 is already in acme \(.*Version Tag: 0\.1\.0 already exists\)/);
  });

  it("--pack selects packs by pack or package name; an unknown pack is a usage error", async () => {
    setState({ packs: {} });
    const r = await run("--org", "acme", "--pack", "@rampart/gamma", "--no-build");
    expect(r.code).toBe(0);
    expect(
      calls()
        .filter((c) => c.args[1] === "publish")
        .map((c) => path.basename(c.cwd)),
    ).toEqual(["gamma"]);
    expect(builds()).toEqual([]);

    const bad = await run("--org", "acme", "--pack", "delta");
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("rampart: unknown pack 'delta' (packs in this workspace: alpha, beta, gamma)\n");
  });

  it("--enable enables each pack's current version in the policy group", async () => {
    setState({ packs: { alpha: ["0.1.0"] } });
    const r = await run("--org", "acme", "--no-build", "--enable", "production");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/published +gamma@1\.0\.0 \(enabled\)/);
    expect(
      calls()
        .filter((c) => c.args[1] === "enable")
        .map((c) => c.args.slice(2)),
    ).toEqual([
      ["acme/alpha", "0.1.0", "--policy-group", "production"],
      ["acme/beta", "0.2.0", "--policy-group", "production"],
      ["acme/gamma", "1.0.0", "--policy-group", "production"],
    ]);
  });

  it("a failing build fails that pack only", async () => {
    writePack("beta", "0.2.0", "broken");
    setState({ packs: {} });
    const r = await run("--org", "acme");
    expect(r.code).toBe(1);
    expect(r.out).toContain("2 published, 0 skipped, 1 failed");
    expect(r.out).toMatch(/failed +beta@0\.2\.0: npm run build failed \(exit 2\): src\/index\.ts\(3,1\): error TS2304/);
    expect(r.err).toContain("error TS2304");
    expect(
      calls()
        .filter((c) => c.args[1] === "publish")
        .map((c) => path.basename(c.cwd)),
    ).toEqual(["alpha", "gamma"]);
  });

  it("stops before any pack when the organization cannot be listed", async () => {
    setState({ packs: {}, loggedOut: true });
    const r = await run("--org", "acme");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "rampart publish: cannot list the policy packs of acme: pulumi policy ls acme --json failed: error: PULUMI_ACCESS_TOKEN must be set for login during non-interactive CLI sessions\n",
    );
    expect(calls().map((c) => c.args[1])).toEqual(["ls"]);
    expect(builds()).toEqual([]);
  });

  it("says so when the Pulumi CLI is not installed", async () => {
    setState({ packs: {} });
    const p = process.env.PATH;
    process.env.PATH = path.join(tmp, "empty-bin");
    try {
      const r = await run("--org", "acme", "--dry-run");
      expect(r.code).toBe(1);
      expect(r.err).toContain("the Pulumi CLI ('pulumi') is not on PATH");
    } finally {
      process.env.PATH = p;
    }
  });

  it("rejects an organization with a slash and a missing --org", async () => {
    expect((await run("--org", "acme/aws-security")).code).toBe(2);
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toContain("required option '--org <org>' not specified");
  });
});
