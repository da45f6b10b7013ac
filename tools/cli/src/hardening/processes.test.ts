/**
 * Issue 16, classes 5, 6 and 7: `install` runs no package scripts, uses no shell and takes only
 * versions or ranges; `publish` stops a hanging `pulumi` and redacts tokens it prints; SIGTERM and
 * SIGINT stop a running check's program, remove its temporary folder and exit 143 / 130.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPacks, isVersionOrRange, npmCommand, parsePackSpec } from "../commands/install";
import { run, tempWorkspace } from "../commands/test-util";
import { cleanUpNow, trackChild, trackTempDir } from "../lifecycle";
import { redactTokens, runProcess } from "../publish/process";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-processes-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("install (class 5)", () => {
  it("takes only semantic versions and ranges", () => {
    for (const v of ["0.2.0", "1.0.0-rc.1", "^0.2.0", "~1.2", ">=1.0.0 <2.0.0", "1.x || 2.x", "*"]) expect(isVersionOrRange(v), v).toBe(true);
    for (const v of ["1.0.0 | calc", "1.0.0 > out.txt", "<script>", "latest; rm -rf /", "$(rm)", "1.0.0 && echo", "file:../x", "git+https://x"]) {
      expect(isVersionOrRange(v), v).toBe(false);
      expect(() => parsePackSpec(`aws-security@${v}`), v).toThrow(/is not a version or range/);
    }
    for (const v of ["1.0.0\n", " 1.0.0", "1.0.0 "]) expect(isVersionOrRange(v), JSON.stringify(v)).toBe(false);
  });

  it("starts npm without a shell on every platform", () => {
    for (const platform of ["linux", "win32", "darwin"] as const) {
      const { command, args } = npmCommand(process.env, platform);
      if (platform === "win32") expect(command).toBe(process.execPath);
      if (command === process.execPath) expect(args[0]).toMatch(/npm-cli\.js$/);
    }
  });

  it("--from runs none of the packages' scripts (prepack, preinstall, postinstall)", async () => {
    const repo = path.join(tmp, "repo");
    const pack = path.join(repo, "packages", "aws-security");
    fs.mkdirSync(path.join(pack, "dist"), { recursive: true });
    fs.writeFileSync(path.join(pack, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    fs.writeFileSync(path.join(pack, "dist", "index.js"), "");
    const marker = (s: string) => path.join(tmp, `ran-${s}`);
    const script = (s: string) => `node -e "require('fs').writeFileSync(process.argv[1], '')" ${JSON.stringify(marker(s))}`;
    fs.writeFileSync(
      path.join(pack, "package.json"),
      JSON.stringify({
        name: "@rampart/aws-security",
        version: "0.1.0",
        main: "dist/index.js",
        scripts: Object.fromEntries(["prepack", "prepare", "preinstall", "install", "postinstall"].map((s) => [s, script(s)])),
      }),
    );
    const dir = path.join(tmp, "installed");
    // The fake pack has no policy list, so reading its metadata fails after the install: the
    // scripts would have run by then.
    await installPacks(["aws-security"], { dir, from: repo }).catch(() => undefined);
    expect(fs.readdirSync(path.join(dir, "tarballs")).some((f) => f.endsWith(".tgz"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "node_modules", "@rampart", "aws-security", "PulumiPolicy.yaml"))).toBe(true);
    for (const s of ["prepack", "prepare", "preinstall", "install", "postinstall"]) expect(fs.existsSync(marker(s)), `${s} ran`).toBe(false);
  }, 120_000);
});

const FAKE_PULUMI = `#!/usr/bin/env node
const mode = process.env.FAKE_PULUMI_MODE;
const [cmd, sub] = process.argv.slice(2);
if (mode === "hang") setInterval(() => {}, 1000);
else if (sub === "ls") { console.log("[]"); }
else if (sub === "publish") {
  console.log("Publishing as " + process.env.PULUMI_ACCESS_TOKEN + " with Bearer abcdefgh12345678");
  console.error("error: [401] token pul-0123456789abcdef0123456789abcdef01234567 and " + process.env.NPM_TOKEN + " rejected");
  process.exit(1);
}
`;

describe("publish (class 6)", () => {
  let ws: string;
  const saved = { ...process.env };
  beforeAll(() => {
    ws = path.join(tmp, "ws");
    fs.mkdirSync(path.join(ws, "packages", "alpha"), { recursive: true });
    fs.writeFileSync(path.join(ws, "package.json"), JSON.stringify({ name: "ws", private: true, workspaces: ["packages/*"] }));
    fs.writeFileSync(path.join(ws, "packages", "alpha", "package.json"), JSON.stringify({ name: "@rampart/alpha", version: "0.1.0", main: "dist/index.js" }));
    fs.writeFileSync(path.join(ws, "packages", "alpha", "PulumiPolicy.yaml"), "runtime: nodejs\n");
    const bin = path.join(tmp, "bin");
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, "pulumi"), FAKE_PULUMI, { mode: 0o755 });
    process.env.PATH = `${bin}${path.delimiter}${saved.PATH}`;
    process.env.PULUMI_ACCESS_TOKEN = "pul-fedcba9876543210fedcba9876543210fedcba98";
    process.env.NPM_TOKEN = "opaque-npm-credential-77";
  });
  afterAll(() => {
    process.env.PATH = saved.PATH;
    delete process.env.PULUMI_ACCESS_TOKEN;
    delete process.env.NPM_TOKEN;
    delete process.env.FAKE_PULUMI_MODE;
  });

  it("stops a pulumi call that hangs, with a clear message", async () => {
    process.env.FAKE_PULUMI_MODE = "hang";
    const r = await run(["publish", "--root", ws, "--org", "acme", "--no-build", "--timeout", "0.5"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "rampart publish: cannot list the policy packs of acme: pulumi policy ls acme --json did not finish within 0.5 s and was stopped (raise the limit with --timeout <seconds>)\n",
    );
    const bad = await run(["publish", "--root", ws, "--org", "acme", "--timeout", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^rampart: --timeout must be a number of seconds/);
  }, 30_000);

  it("redacts tokens from the output it passes through and from the summary", async () => {
    process.env.FAKE_PULUMI_MODE = "leak";
    const r = await run(["publish", "--root", ws, "--org", "acme", "--no-build"]);
    expect(r.code).toBe(1);
    const all = r.out + r.err;
    for (const t of [process.env.PULUMI_ACCESS_TOKEN!, process.env.NPM_TOKEN!, "pul-0123456789abcdef0123456789abcdef01234567", "abcdefgh12345678"])
      expect(all).not.toContain(t);
    expect(all).toContain("[redacted]");
    expect(r.out).toMatch(/failed +alpha@0\.1\.0: pulumi policy publish acme failed: error: \[401\] token \[redacted\] and \[redacted\] rejected/);
  }, 30_000);

  it("runProcess kills a program at its time limit", async () => {
    const r = await runProcess(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { timeoutMs: 200 });
    expect(r.timedOut).toBe(200);
    expect(r.code).toBeNull();
    expect(redactTokens("x ghp_abcdefghijklmnopqrstuvwxyz0123456789AB y //registry/:_authToken=abc", {})).toBe(
      "x [redacted] y //registry/:_authToken=[redacted]",
    );
  });
});

describe("signals (class 7)", () => {
  let bin: string;
  let prog: string;
  beforeAll(async () => {
    const work = tempWorkspace("rampart-signals-");
    bin = path.join(work, "rampart.js");
    await build({
      entryPoints: [path.join(__dirname, "..", "bin.ts")],
      outfile: bin,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      logLevel: "error",
    });
    prog = path.join(work, "prog");
    fs.mkdirSync(prog);
    fs.symlinkSync(path.join(work, "node_modules"), path.join(prog, "node_modules"), "dir");
    fs.writeFileSync(path.join(prog, "Pulumi.yaml"), "name: hangs\nruntime: nodejs\n");
    fs.writeFileSync(path.join(prog, "Pulumi.dev.yaml"), "config: {}\n");
    // Says it runs, then blocks (without using a core) until it is killed.
    fs.writeFileSync(
      path.join(prog, "index.js"),
      `require("fs").writeFileSync(process.env.RAMPART_TEST_PID_FILE, String(process.pid));\nAtomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);\n`,
    );
  }, 60_000);
  afterAll(() => fs.rmSync(path.dirname(bin), { recursive: true, force: true }));

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const until = async (f: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (f()) return true;
    return f();
  };

  it("cleanUpNow kills every registered child (as packs are registered) and removes registered folders", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_c, sig) => resolve(sig)));
    const kept = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    trackChild(kept)(); // registered, then unregistered: left alone
    trackChild(child);
    const dir = fs.mkdtempSync(path.join(tmp, "cleanup-"));
    fs.writeFileSync(path.join(dir, "f"), "x");
    trackTempDir(dir);
    cleanUpNow();
    expect(await exited).toBe("SIGKILL");
    expect(fs.existsSync(dir)).toBe(false);
    expect(kept.exitCode).toBeNull();
    kept.kill("SIGKILL");
  });

  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`${signal} during a program check stops the program, removes its temporary folder and exits ${code}`, async () => {
      const tmpdir = fs.mkdtempSync(path.join(tmp, `t-${signal}-`));
      const pidFile = path.join(tmp, `pid-${signal}`);
      const child = spawn(process.execPath, [bin, "check", prog, "--pack", "aws-security"], {
        env: { ...process.env, TMPDIR: tmpdir, RAMPART_TEST_PID_FILE: pidFile },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      expect(await until(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, "utf8") !== "", 60_000), err).toBe(true);
      const programPid = Number(fs.readFileSync(pidFile, "utf8"));
      expect(alive(programPid), `the program runs (${programPid}): ${err}`).toBe(true);
      expect(
        fs.readdirSync(tmpdir).some((f) => f.startsWith("rampart-program-")),
        "its temporary folder exists",
      ).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(err).toContain(`rampart: stopped by ${signal}`);
      expect(await until(() => !alive(programPid), 5_000)).toBe(true);
      expect(fs.readdirSync(tmpdir).filter((f) => f.startsWith("rampart-program-"))).toEqual([]);
    }, 90_000);
  }
});
