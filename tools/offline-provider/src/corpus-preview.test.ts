/**
 * The program corpus (examples/programs) under the real Pulumi CLI: every TypeScript, JavaScript and
 * Python program that `rampart check` evaluates is previewed with `pulumi preview --policy-pack` (offline
 * providers) and must give the same (pack, policy, URN, level) set as `rampart check` on it. Programs
 * the comparison cannot cover say why in SKIP. Without a CLI this fails under CI=true and is skipped
 * otherwise, like preview.test.ts.
 */
import * as fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findLanguageHost, findPulumiCli, runChild } from "./cli";
import { previewOffline } from "./preview";
import { ensurePythonVenv } from "./python";
import { REPO_ROOT } from "./shims";

const CORPUS = path.join(REPO_ROOT, "examples", "programs");
const PACKS = ["aws-security", "azure-security", "cost-optimization", "data-location", "gcp-security"].map((p) => path.join(REPO_ROOT, "packages", p));

/** Programs left out of the comparison, and why. */
const SKIP: Record<string, string> = {
  "ts-stack-reference": "reads another stack's outputs, which the local backend of the preview does not have",
  "ts-remote-component": "a multi-language component the offline provider cannot construct",
  // A real difference, kept on purpose: the Node.js language host runs ES-module TypeScript only
  // with a loader in `nodeargs` (the preview fails: Unknown file extension ".ts"); rampart check
  // compiles it with esbuild and checks it.
  "ts-esm-module": "the Node.js language host cannot run ES-module TypeScript without a loader in nodeargs; rampart check can",
  "py-remote-component": "a multi-language component the offline provider cannot construct",
  "py-virtualenv-option": "links a virtualenv of its own that only the rampart corpus test makes",
};

const programs = fs
  .readdirSync(CORPUS)
  .filter((d) => /^(ts|js|py)-/.test(d) && fs.existsSync(path.join(CORPUS, d, "expected.json")))
  .filter((d) => {
    const e = JSON.parse(fs.readFileSync(path.join(CORPUS, d, "expected.json"), "utf8")) as { exit2?: string };
    return !e.exit2;
  })
  .sort();

const cli = findPulumiCli();
const why = !cli
  ? "no Pulumi CLI (build tools/pulumi-cli or set RAMPART_PULUMI_CLI)"
  : !findLanguageHost(cli, "nodejs") || !findLanguageHost(cli, "python")
    ? "no pulumi-language-nodejs or pulumi-language-python"
    : undefined;
if (why && process.env.CI === "true") throw new Error(`corpus previews cannot run: ${why}`);

const ORDER_DEPENDENT = new Set(["multi-location-require-configuration"]);
const norm = (pack: string, policy: string, level: string, urn: string) => `${pack} ${policy} ${level} ${ORDER_DEPENDENT.has(policy) ? "(any)" : urn}`;

describe.skipIf(!!why).concurrent("corpus programs: pulumi preview --policy-pack vs rampart check", () => {
  // Python programs run in one cached virtualenv (pulumi, pulumi-aws; the corpus's requirements.txt),
  // active for both tools as a user's activated venv is.
  let pythonEnv: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    const venv = await ensurePythonVenv(path.join(CORPUS, "py-aws-template", "requirements.txt"));
    pythonEnv = { VIRTUAL_ENV: venv.dir, PATH: `${path.join(venv.dir, "bin")}${path.delimiter}${process.env.PATH}` };
  });
  it("covers most of the TypeScript, JavaScript and Python corpus", () => {
    expect(programs.filter((p) => !SKIP[p]).length).toBeGreaterThanOrEqual(24);
  });
  for (const name of programs) {
    const program = path.join(CORPUS, name);
    (SKIP[name] ? it.skip : it)(`${name}${SKIP[name] ? ` (skipped: ${SKIP[name]})` : ""}`, async () => {
      const env = name.startsWith("py-") ? pythonEnv : {};
      const [r, ours] = await Promise.all([
        previewOffline({
          programDir: program,
          policyPacks: PACKS,
          stack: "dev",
          providerLookup: "path",
          env,
          // Function serialization packs the program's dependencies from its own node_modules.
          prepare: (dir) => fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules")),
        }),
        runChild(
          process.execPath,
          [
            path.join(REPO_ROOT, "tools", "cli", "bin", "rampart.js"),
            "check",
            program,
            "--stack",
            "dev",
            ...PACKS.flatMap((p) => ["--pack", p]),
            "--format",
            "json",
            "--fail-on",
            "never",
          ],
          {
            cwd: REPO_ROOT,
            env: { ...process.env, ...env },
            timeoutMs: 300_000,
          },
        ),
      ]);
      expect(ours.code, ours.stderr).toBe(0);
      const engine = r.policyEvents.map((e) => norm(e.policyPackName, e.policyName, e.enforcementLevel, e.resourceUrn ?? "")).sort();
      const rampart = (JSON.parse(ours.stdout) as { violations: { pack: string; policy: string; enforcementLevel: string; urn: string | null }[] }).violations
        .map((v) => norm(v.pack, v.policy, v.enforcementLevel, v.urn ?? ""))
        .sort();
      expect(r.preview.timedOut).toBe(false);
      expect(rampart, r.preview.stdout.slice(-3000) + r.preview.stderr.slice(-2000)).toEqual(engine);
    });
  }
});
