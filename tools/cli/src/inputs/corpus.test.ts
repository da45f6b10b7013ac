/**
 * The program corpus (examples/programs, written by make-corpus.py): every program is checked
 * with `rampart check` in process and its expected.json asserted — findings (pack, policy,
 * resource name) that must be reported and must not, components not expanded, reads, recorded
 * property values, secrets that must appear in no output, or the exit-2 line of an unsupported
 * input. Python programs run in one shared virtualenv (`.cache/python-venv` at the repository
 * root, git-ignored), made here on first use with `pulumi` and `pulumi-aws` from PyPI.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../cli";
import type { Io } from "../io";
import { loadInput } from ".";

const ROOT = path.resolve(__dirname, "../../../..");
const CORPUS = path.join(ROOT, "examples/programs");
const VENV = path.join(ROOT, ".cache/python-venv");
/** Pinned so the corpus is reproducible; the newest releases when this was written. */
const PYTHON_PACKAGES = ["pulumi==3.272.0", "pulumi-aws==7.51.1"];

interface Expected {
  packs?: string[];
  findings?: [string, string, string][];
  absent?: [string, string, string][];
  unexpanded?: string[];
  reads?: number;
  types?: string[];
  props?: Record<string, Record<string, unknown>>;
  secretsAbsent?: string[];
  exit2?: string;
  config?: Record<string, unknown>;
  venvOption?: boolean;
}

const programs = fs
  .readdirSync(CORPUS)
  .filter((d) => fs.existsSync(path.join(CORPUS, d, "expected.json")))
  .sort();

/** Makes the shared virtualenv once (a marker file records the installed packages). */
function ensureVenv(): void {
  const marker = path.join(VENV, "rampart-packages.txt");
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === PYTHON_PACKAGES.join("\n")) return;
  fs.rmSync(VENV, { recursive: true, force: true });
  execFileSync("python3", ["-m", "venv", VENV], { stdio: "inherit", timeout: 120_000 });
  execFileSync(path.join(VENV, "bin/pip"), ["install", "--quiet", "--disable-pip-version-check", ...PYTHON_PACKAGES], { stdio: "inherit", timeout: 900_000 });
  fs.writeFileSync(marker, PYTHON_PACKAGES.join("\n"));
}

async function check(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), exitCode: 0, stderrIsTTY: false };
  const code = await main(["check", ...args], io);
  return { code, out, err };
}

beforeAll(() => {
  ensureVenv();
  process.env.VIRTUAL_ENV = VENV;
  const link = path.join(CORPUS, "py-virtualenv-option", "venv");
  if (!fs.existsSync(link)) fs.symlinkSync(VENV, link);
}, 1_200_000);

describe("program corpus", () => {
  it("has at least 40 programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(40);
  });

  it.concurrent.each(programs)(
    "%s",
    async (name) => {
      const dir = path.join(CORPUS, name);
      const exp = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;
      const args = [dir, "--format", "json", "--fail-on", "never"];
      for (const p of exp.packs ?? ["aws-security"]) args.push("--pack", p);
      const cfgFile = path.join(dir, "policy-config.json");
      if (exp.config) {
        const tmpCfg = path.join(fs.mkdtempSync(path.join(ROOT, ".cache", "cfg-")), "config.json");
        fs.writeFileSync(tmpCfg, JSON.stringify(exp.config));
        args.push("--config", tmpCfg);
      } else if (fs.existsSync(cfgFile)) args.push("--config", cfgFile);
      const { code, out, err } = await check(args);
      if (exp.exit2) {
        expect(code, err).toBe(2);
        expect(err).toMatch(new RegExp(`^rampart: .*${exp.exit2}`, "s"));
        expect(err).not.toMatch(/^\s+at /m); // no stack trace
        return;
      }
      expect(code, err).toBe(0);
      const report = JSON.parse(out);
      const found = (report.violations as { pack: string; policy: string; resourceName: string | null }[]).map((v) => [v.pack, v.policy, v.resourceName]);
      for (const f of exp.findings ?? []) expect(found, JSON.stringify(f)).toContainEqual(f);
      for (const [pack, policy, res] of exp.absent ?? []) {
        expect(
          found.filter((f) => f[0] === pack && (policy === "*" || f[1] === policy) && f[2] === res),
          `${policy} on ${res}: ${JSON.stringify(found)}`,
        ).toEqual([]);
      }
      expect(report.unexpandedComponents.map((c: { type: string; name: string }) => `${c.type} ${c.name}`)).toEqual(exp.unexpanded ?? []);
      if (exp.unexpanded?.length) expect(err).toContain(`not expanded offline: ${exp.unexpanded.join(", ")}`);
      for (const s of exp.secretsAbsent ?? []) expect(out + err).not.toContain(s);
      if (exp.reads !== undefined || exp.types || exp.props) {
        const input = await loadInput(dir);
        if (exp.reads !== undefined) expect(input.reads).toBe(exp.reads);
        for (const t of exp.types ?? []) expect(input.resources.map((r) => r.type)).toContain(t);
        for (const [res, props] of Object.entries(exp.props ?? {})) expect(input.resources.find((r) => r.name === res)?.props).toMatchObject(props);
      }
    },
    180_000,
  );
});
