#!/usr/bin/env node
/**
 * Builds the real Pulumi CLI into bin/ from the Go module proxy, at the version go.mod pins
 * (`tool github.com/pulumi/pulumi/pkg/v3/cmd/pulumi`; go.sum pins every dependency), and writes
 * rampart's offline stand-in language hosts beside it:
 *
 * - bin/pulumi                       `go build` of github.com/pulumi/pulumi/pkg/v3/cmd/pulumi, with
 *                                    the version stamped as the Pulumi release build stamps it
 *                                    (-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version).
 * - bin/pulumi-language-nodejs       rampart's stand-in (dist/language-host.js): the real host's Go
 * - bin/pulumi-language-python       module is not served by the Go module proxy (see README.md).
 * - bin/pulumi-language-python-exec  the Python SDK's own program runner, copied from the
 *                                    github.com/pulumi/pulumi/sdk/v3 module the CLI build downloads.
 *
 * Which CLI: RAMPART_PULUMI_CLI if set; else a `pulumi` already on PATH (as in GitHub CI with
 * pulumi/actions), linked; else the Go build. Without Go and without a `pulumi` on PATH, it prints
 * why and writes nothing; the conformance tests then skip (locally) or fail (CI=true).
 *
 * Every child process has a timeout (RAMPART_PULUMI_CLI_BUILD_TIMEOUT_MS, default 40 minutes: a
 * cold build takes about 6-7 minutes on 2 cores).
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, "bin");
const timeout = Number(process.env.RAMPART_PULUMI_CLI_BUILD_TIMEOUT_MS || 40 * 60_000);
const CLI_PACKAGE = "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi";

function which(cmd) {
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

function go(args, opts = {}) {
  return execFileSync("go", args, {
    cwd: here,
    timeout,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, GOFLAGS: "-mod=readonly", GOTOOLCHAIN: process.env.GOTOOLCHAIN || "local" },
    ...opts,
  });
}

function writeExecutable(file, text) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text, { mode: 0o755 });
  fs.renameSync(tmp, file);
}

function writeLanguageHosts() {
  const host = path.join(here, "dist", "language-host.js");
  for (const runtime of ["nodejs", "python"]) {
    writeExecutable(
      path.join(bin, `pulumi-language-${runtime}`),
      `#!/bin/sh\n# rampart's offline stand-in for the Pulumi ${runtime} language host (see tools/pulumi-cli/README.md).\nexec node "${host}" ${runtime} "$@"\n`,
    );
  }
}

fs.mkdirSync(bin, { recursive: true });
const given = process.env.RAMPART_PULUMI_CLI;
const target = path.join(bin, "pulumi");

const onPath = which("pulumi");
const usable = (p) => p && fs.existsSync(p) && fs.realpathSync(p) !== (fs.existsSync(target) ? fs.realpathSync(target) : target);

function link(from, why) {
  fs.rmSync(target, { force: true });
  fs.symlinkSync(path.resolve(from), target);
  console.log(`pulumi-cli: using ${from} (${why})`);
}

if (given) {
  if (!fs.existsSync(given)) {
    console.error(`pulumi-cli: RAMPART_PULUMI_CLI=${given} does not exist`);
    process.exit(2);
  }
  if (usable(given)) link(given, "RAMPART_PULUMI_CLI");
} else if (usable(onPath)) {
  // A CLI the machine already has (e.g. pulumi/actions in GitHub CI): test against that one.
  link(onPath, "on PATH");
} else if (spawnSync("go", ["version"], { timeout: 30_000 }).status === 0) {
  const version = go(["list", "-m", "-f", "{{.Version}}", "github.com/pulumi/pulumi/pkg/v3"]).trim();
  const started = Date.now();
  const tmp = `${target}.tmp-${process.pid}`;
  go(["build", "-o", tmp, "-ldflags", `-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=${version}`, CLI_PACKAGE], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  fs.rmSync(target, { force: true });
  fs.renameSync(tmp, target);
  const sdkDir = go(["list", "-m", "-f", "{{.Dir}}", "github.com/pulumi/pulumi/sdk/v3"]).trim();
  fs.copyFileSync(path.join(sdkDir, "python", "cmd", "pulumi-language-python-exec"), path.join(bin, "pulumi-language-python-exec"));
  fs.chmodSync(path.join(bin, "pulumi-language-python-exec"), 0o755);
  console.log(`pulumi-cli: built pulumi ${version} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} else {
  console.log("pulumi-cli: skipped: neither Go nor a `pulumi` on PATH; the real-CLI conformance tests will skip");
  process.exit(0);
}
writeLanguageHosts();
