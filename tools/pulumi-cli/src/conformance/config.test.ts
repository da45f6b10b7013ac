/**
 * Real-CLI conformance of policy configuration: the Pulumi CLI accepts what `rampart config` writes
 * as `--policy-pack-config`, and each config of a table is accepted or rejected alike by the CLI
 * (`pulumi policy analyze --policy-pack-config`) and by `rampart check --config`. Then enforcement
 * levels: `disabled` removes a policy's violations, `all: advisory` turns a failing check into a
 * passing one in both, and both report each violation at the configured level.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keys, PACK_DIRS, PulumiCli, REPO_ROOT, requirePulumiCli, runRampart, violationsOfAnalyzeJson, violationsOfRampartJson } from "../run";

const { cli, skip } = requirePulumiCli();
const INSECURE = path.join(REPO_ROOT, "examples", "webapp-insecure", "stack.json");
const PACK = PACK_DIRS["aws-security"];

/** A config for the aws-security pack, and whether the engine's validation (and so rampart's) accepts it. */
const TABLE: { name: string; config: unknown; valid: boolean }[] = [
  { name: "empty object", config: {}, valid: true },
  { name: "all advisory", config: { all: "advisory" }, valid: true },
  { name: "all disabled", config: { all: "disabled" }, valid: true },
  { name: "one policy disabled by level string", config: { "aws-ec2-disallow-open-ssh": "disabled" }, valid: true },
  {
    name: "level and a property",
    config: { "aws-ec2-restrict-open-ports-to-authorized": { enforcementLevel: "mandatory", authorizedPorts: [80, 443, 8443] } },
    valid: true,
  },
  { name: "integer property in range", config: { "aws-rds-require-backup-retention": { minimumDays: 14 } }, valid: true },
  { name: "remediate level", config: { "aws-ec2-disallow-open-ssh": { enforcementLevel: "remediate" } }, valid: true },
  { name: "unknown enforcement level for all", config: { all: "loud" }, valid: false },
  { name: "unknown level string for a policy", config: { "aws-ec2-disallow-open-ssh": "sometimes" }, valid: false },
  { name: "unknown level in an object", config: { "aws-ec2-disallow-open-ssh": { enforcementLevel: "strict" } }, valid: false },
  { name: "wrong item type", config: { "aws-ec2-restrict-open-ports-to-authorized": { authorizedPorts: ["http"] } }, valid: false },
  { name: "wrong property type", config: { "aws-rds-require-backup-retention": { minimumDays: "fourteen" } }, valid: false },
  // The engine validates with the schema the pack reports (properties and required, no
  // additionalProperties), so an undeclared property is accepted — by rampart too.
  { name: "property the schema does not declare", config: { "aws-rds-require-backup-retention": { minimumDays: 7, maximumDays: 9 } }, valid: true },
  { name: "policy entry that is a number", config: { "aws-ec2-disallow-open-ssh": 5 }, valid: false },
  // `exemptions`, which every policy's schema declares (policy-core).
  {
    name: "an exemption",
    config: { "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets", reason: "SEC-42", expires: "2099-12-31" }] } },
    valid: true,
  },
  { name: "an exemption without a reason", config: { "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets" }] } }, valid: false },
  {
    name: "an exemption with an unknown key",
    config: { "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets", reason: "r", policy: "x" }] } },
    valid: false,
  },
  {
    name: "an exemption whose expires is not a date",
    config: { "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets", reason: "r", expires: "next year" }] } },
    valid: false,
  },
];

describe.skipIf(!!skip)("policy config: the real CLI and rampart agree", () => {
  const pulumi = new PulumiCli(cli ?? "pulumi");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-config-conformance-"));
  afterAll(() => {
    pulumi.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, config: unknown) => {
    const f = path.join(dir, `${name.replace(/\W+/g, "-")}.json`);
    fs.writeFileSync(f, JSON.stringify(config));
    return f;
  };
  const analyze = (config: string, json = true) =>
    pulumi.run(["policy", "analyze", "--file", INSECURE, "--policy-pack", PACK, "--policy-pack-config", config, ...(json ? ["--json"] : [])]);
  const check = (config: string) => runRampart(["check", INSECURE, "--pack", PACK, "--config", config, "--format", "json", "--fail-on", "never"]);

  it("has at least 10 configs, valid and invalid", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(10);
    expect(TABLE.some((t) => t.valid) && TABLE.some((t) => !t.valid)).toBe(true);
  });

  for (const t of TABLE) {
    it(`${t.valid ? "accepts" : "rejects"}: ${t.name}`, async () => {
      const f = write(t.name, t.config);
      const [engine, ours] = await Promise.all([analyze(f), check(f)]);
      // The CLI: a config it rejects stops before analysis (no policy events, exit non-zero).
      const engineRan = violationsOfAnalyzeJson(engine.stdout).length > 0 || engine.code === 0;
      expect(engineRan, `pulumi: ${engine.stderr}`).toBe(t.valid);
      expect(ours.code === 2, `rampart: ${ours.stderr}`).toBe(!t.valid);
      if (t.valid) expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(violationsOfAnalyzeJson(engine.stdout)));
      else expect(ours.stderr.trim().split("\n")).toHaveLength(1);
    });
  }

  it("the CLI accepts what `rampart config --defaults` and `rampart config --set` write, with the same results", async () => {
    const cases: [string, string[]][] = [
      [PACK, ["--defaults"]],
      [PACK_DIRS["data-location"], ["--set", 'allowedJurisdictions=["EU"]']],
    ];
    for (const [pack, args] of cases) {
      const out = path.join(dir, `rampart-config-${args[0].slice(2)}.json`);
      const made = await runRampart(["config", "--pack", pack, ...args, "--output", out]);
      expect(made.code, made.stderr).toBe(0);
      const [engine, ours] = await Promise.all([
        pulumi.run(["policy", "analyze", "--file", INSECURE, "--policy-pack", pack, "--policy-pack-config", out, "--json"]),
        runRampart(["check", INSECURE, "--pack", pack, "--config", out, "--format", "json", "--fail-on", "never"]),
      ]);
      expect(engine.stderr).not.toMatch(/invalid|error validating/i);
      expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(violationsOfAnalyzeJson(engine.stdout)));
    }
  });

  it("one file for several packs: an entry without enforcementLevel for a policy one pack lacks is rejected by both", async () => {
    const packs = [PACK, PACK_DIRS["data-location"]];
    for (const [config, valid] of [
      [{ "aws-rds-require-backup-retention": { minimumDays: 14 } }, false],
      [{ "aws-rds-require-backup-retention": { enforcementLevel: "advisory", minimumDays: 14 } }, true],
    ] as const) {
      const f = write(`shared-${valid}`, config);
      const [engine, ours] = await Promise.all([
        pulumi.run(["policy", "analyze", "--file", INSECURE, ...packs.flatMap((p) => ["--policy-pack", p, "--policy-pack-config", f]), "--json"]),
        runRampart(["check", INSECURE, ...packs.flatMap((p) => ["--pack", p]), "--config", f, "--format", "json", "--fail-on", "never"]),
      ]);
      expect(violationsOfAnalyzeJson(engine.stdout).length > 0, engine.stderr).toBe(valid);
      expect(ours.code === 2, ours.stderr).toBe(!valid);
      if (valid) expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(violationsOfAnalyzeJson(engine.stdout)));
    }
  });

  it("disabled removes a policy's violations; levels are reported as configured", async () => {
    const f = write("levels", { "aws-ec2-disallow-open-ssh": "disabled", "aws-s3-require-versioning": "mandatory" });
    const [engine, ours] = await Promise.all([analyze(f), check(f)]);
    const ev = violationsOfAnalyzeJson(engine.stdout);
    expect(ev.some((v) => v.policy === "aws-ec2-disallow-open-ssh")).toBe(false);
    expect(ev.filter((v) => v.policy === "aws-s3-require-versioning").map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
    expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(ev));
  });

  it("a policy's exemptions make the violation disappear under the real CLI and in rampart check; an expired one stops applying in both", async () => {
    const acl = (vs: { policy: string; urn: string }[]) => vs.filter((v) => v.policy === "aws-s3-disallow-public-acl" && v.urn.endsWith("::assets"));
    const none = write("exempt-none", {});
    expect(acl(violationsOfAnalyzeJson((await analyze(none)).stdout))).toHaveLength(1);
    const f = write("exempt-assets", { "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets", reason: "Public website (SEC-42)" }] } });
    const [engine, ours] = await Promise.all([analyze(f), check(f)]);
    expect(engine.stderr).not.toMatch(/invalid|error validating/i);
    const ev = violationsOfAnalyzeJson(engine.stdout);
    expect(acl(ev)).toEqual([]);
    expect(ev.length).toBeGreaterThan(0);
    expect(keys(violationsOfRampartJson(ours.stdout))).toEqual(keys(ev));
    expect(JSON.parse(ours.stdout).exempted.map((e: { policy: string }) => e.policy)).toEqual(["aws-s3-disallow-public-acl"]);

    const old = write("exempt-expired", { "aws-s3-disallow-public-acl": { exemptions: [{ resource: "assets", reason: "SEC-1", expires: "2020-01-31" }] } });
    const [engine2, ours2] = await Promise.all([analyze(old, false), check(old)]);
    expect(engine2.stdout).toContain("The exemption for 'assets' (SEC-1) expired on 2020-01-31 and no longer applies");
    expect(acl(violationsOfRampartJson(ours2.stdout))).toHaveLength(1);
  });

  it("all: advisory passes in both (exit 0) and all: mandatory fails in both", async () => {
    for (const [level, fails] of [
      ["advisory", false],
      ["mandatory", true],
    ] as const) {
      const f = write(`all-${level}`, { all: level });
      const [engine, ours] = await Promise.all([analyze(f, false), runRampart(["check", INSECURE, "--pack", PACK, "--config", f])]);
      expect(engine.code !== 0, engine.stdout).toBe(fails);
      expect(ours.code).toBe(fails ? 1 : 0);
    }
  });
});
