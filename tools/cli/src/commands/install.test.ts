import { PolicyPackProcess } from "@rampart/engine-client";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPackMetadata, type PackMetadata } from "../metadata";
import { KNOWN_PACKS } from "../packs";
import { defaultConfig, parsePackSpec, parseRegistryUrl, previewCommand, registryArgs } from "./install";
import { isBuilt, REPO, run } from "./test-util";

describe("install helpers", () => {
  it("parses pack specs", () => {
    expect(parsePackSpec("aws-security")).toEqual({ name: "aws-security", version: undefined });
    expect(parsePackSpec("@rampart/aws-security@^0.2.0")).toEqual({ name: "aws-security", version: "^0.2.0" });
    expect(() => parsePackSpec("aws-secrity")).toThrow(/unknown pack 'aws-secrity' \(known: aws-security/);
    expect(() => parsePackSpec("aws-security@$(rm)")).toThrow(/not a version/);
  });

  it("maps --registry to the @rampart scope only, and leaves npm's config alone without it", () => {
    expect(registryArgs("http://127.0.0.1:4873")).toEqual(["--@rampart:registry=http://127.0.0.1:4873/"]);
    expect(registryArgs("https://npm.example.com/api/npm/rampart/")).toEqual(["--@rampart:registry=https://npm.example.com/api/npm/rampart/"]);
    expect(registryArgs(undefined)).toEqual([]);
    expect(() => parseRegistryUrl("127.0.0.1:4873")).toThrow(/http\(s\) URL/);
    expect(() => parseRegistryUrl("file:///tmp/x")).toThrow(/http\(s\) URL/);
    expect(() => parseRegistryUrl("https://u:secret@npm.example.com/")).toThrow(/credentials/);
  });

  it("writes every policy's defaults and keeps the user's entries", () => {
    const pack = {
      policies: [
        { name: "a", enforcementLevel: "mandatory", defaults: {} },
        { name: "b", enforcementLevel: "advisory", defaults: { max: 3 } },
      ],
    } as unknown as PackMetadata;
    expect(defaultConfig(pack)).toEqual({ a: { enforcementLevel: "mandatory" }, b: { enforcementLevel: "advisory", max: 3 } });
    expect(defaultConfig(pack, { all: "advisory", b: "disabled" })).toEqual({ all: "advisory", b: "disabled", a: { enforcementLevel: "mandatory" } });
  });

  it("prints one pulumi preview line with a config per pack", () => {
    const i = (n: string) => ({ packDir: `/p/x/node_modules/@rampart/${n}`, configFile: `/p/x/${n}.config.json` }) as any;
    expect(previewCommand([i("aws-security"), i("cost-optimization")], "/p")).toBe(
      "pulumi preview --policy-pack x/node_modules/@rampart/aws-security --policy-pack-config x/aws-security.config.json" +
        " --policy-pack x/node_modules/@rampart/cost-optimization --policy-pack-config x/cost-optimization.config.json",
    );
  });

  it("rejects a version with --from, and an unknown pack, in one line", async () => {
    const v = await run(["install", "aws-security@1.0.0", "--from", REPO, "--dir", path.join(os.tmpdir(), "rampart-never")]);
    expect(v.code).toBe(2);
    expect(v.err).toBe("rampart: --from installs the repository's own version; drop '@1.0.0'\n");
    const r = await run(["install", "aws-security", "--registry", "not a url", "--dir", path.join(os.tmpdir(), "rampart-never")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("rampart: --registry must be an http(s) URL (got 'not a url')\n");
    const u = await run(["install", "nope"]);
    expect(u.err).toBe("rampart: unknown pack 'nope' (known: aws-security, azure-security, cost-optimization, data-location, gcp-security)\n");
  });
});

describe("rampart install --from (npm pack tarballs into an empty project)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-install-"));
  const started: PolicyPackProcess[] = [];
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // One npm install for every built pack: slow (npm fetches @pulumi/* from its cache or the registry).
  it("installs runnable pack folders, writes configs with defaults and prints the preview line", async () => {
    const packs = KNOWN_PACKS.filter(isBuilt);
    expect(packs).toContain("aws-security");
    const target = path.join(dir, "policy-packs");
    const r = await run(["install", ...packs, "--from", REPO, "--dir", target]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const line = r.out.split("\n").find((l) => l.trim().startsWith("pulumi preview"))!;
    for (const name of packs) {
      const packDir = path.join(target, "node_modules", "@rampart", name);
      const configFile = path.join(target, `${name}.config.json`);
      expect(line).toContain(`--policy-pack ${path.relative(process.cwd(), packDir)} --policy-pack-config ${path.relative(process.cwd(), configFile)}`);
      // Installed from the tarball, not linked to the workspace.
      expect(fs.lstatSync(packDir).isSymbolicLink()).toBe(false);
      expect(fs.existsSync(path.join(packDir, "src"))).toBe(false);
      const workspace = loadPackMetadata({ label: name, dir: path.join(REPO, "packages", name) });
      const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
      expect(Object.keys(config).sort()).toEqual(workspace.policies.map((p) => p.name).sort());
      for (const p of workspace.policies) expect(config[p.name]).toEqual({ enforcementLevel: p.enforcementLevel, ...p.defaults });
      // The installed folder is a policy pack the engine can start on its own.
      const proc = await PolicyPackProcess.start(packDir);
      started.push(proc);
      const info = await proc.getAnalyzerInfo();
      expect(info.name).toBe(name);
      expect(info.policies.map((p) => p.name).sort()).toEqual(workspace.policies.map((p) => p.name).sort());
    }
  });
});
