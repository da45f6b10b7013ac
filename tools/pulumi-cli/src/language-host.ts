/**
 * rampart's offline stand-in for the Pulumi Node.js and Python language hosts
 * (`pulumi-language-nodejs`, `pulumi-language-python`).
 *
 * Why a stand-in: the real hosts live in their own Go modules
 * (github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3 and .../sdk/python/cmd/pulumi-language-python/v3),
 * which the Go module proxy does not serve (403 "not available" for every version), so they cannot be
 * built here. The stand-in implements the engine's `pulumirpc.LanguageRuntime` service
 * (@pulumi/pulumi proto/language.proto) with the real hosts' process contract, read in their
 * main.go (pulumi/pulumi, sdk/nodejs/cmd/pulumi-language-nodejs and sdk/python/cmd/pulumi-language-python):
 *
 * - started as `pulumi-language-<runtime> [flags] <engine-address>`, prints its port on stdout;
 * - `Run`: Node.js runs `node <program's @pulumi/pulumi>/cmd/run --monitor <addr> --engine <addr>
 *   --organization --project --root-directory --stack --pwd [--dry-run] --parallel <n> <entry> [args]`
 *   with `PULUMI_CONFIG` (keys rewritten to `<ns>:config:<name>`) and `PULUMI_CONFIG_SECRET_KEYS`,
 *   `PULUMI_NODEJS_TYPESCRIPT` / `PULUMI_NODEJS_TSCONFIG_PATH` from the runtime options; Python runs
 *   `<python> -u pulumi-language-python-exec --monitor --engine --project --root_directory --stack
 *   --pwd --dry_run <bool> --parallel <n> --organization <entry> [args]` (the SDK's own runner), with
 *   the interpreter from the `virtualenv` runtime option, else `python3` on PATH. Exit code 32 means
 *   the program already showed its error (`bail`).
 * - `RunPlugin` for policy packs (kind `analyzer`): Node.js runs `node <pack's @pulumi/pulumi>/cmd/run-policy-pack
 *   <args> <pack dir>` in the pack folder, streaming its stdout, stderr and exit code.
 *
 * Differences from the real hosts (named in tools/cli/README.md): `nodeargs` split on whitespace
 * (the real host uses shell quoting rules); the Python interpreter only from `virtualenv` or PATH
 * (no `toolchain: uv/poetry`); no monitor proxy or sync pipes
 * (the program talks to the engine's monitor directly), no dependency installation, no
 * `GetRequiredPackages` scan (the engine loads provider plugins when the program registers their
 * default providers), no policy-pack stack-config proxy (@pulumi/policy gets the stack through
 * ConfigureStack), no debugger, no bun.
 *
 * Every child process has a timeout: RAMPART_LANGUAGE_HOST_TIMEOUT_MS (default 10 minutes).
 */
import * as grpc from "@grpc/grpc-js";
import * as langGrpc from "@pulumi/pulumi/proto/language_grpc_pb";
import * as langPb from "@pulumi/pulumi/proto/language_pb";
import * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";

/** The runtimes the stand-in hosts. */
export type Runtime = "nodejs" | "python";

/** Exit code by which a program says it already printed an actionable error (both SDKs). */
const BAIL_EXIT_CODE = 32;
const TIMEOUT_MS = Number(process.env.RAMPART_LANGUAGE_HOST_TIMEOUT_MS || 10 * 60_000);

/** Resolves `<module>` (e.g. `@pulumi/pulumi/cmd/run`) from the program folder, as the real host's locateModule does. */
export function locateModule(mod: string, programDir: string): string {
  try {
    return require.resolve(mod, { paths: [programDir] });
  } catch {
    throw new Error(`It looks like the Pulumi SDK has not been installed. Have you run npm install or yarn install? (cannot find ${mod} from ${programDir})`);
  }
}

/**
 * `--<flag> <value>` for each pair with a value (both hosts' maybeAppendArg), a bare `--<flag>` for
 * `true`, then the entry point (`.` when the engine gives none) and the program's own arguments.
 */
function runArguments(req: langPb.RunRequest, flags: [string, string | boolean | undefined][]): string[] {
  const args: string[] = [];
  for (const [k, v] of flags) {
    if (v === true) args.push(`--${k}`);
    else if (typeof v === "string" && v) args.push(`--${k}`, v);
  }
  args.push(req.getInfo()?.getEntryPoint() || req.getProgram() || ".");
  return [...args, ...req.getArgsList()];
}

/** The arguments the real Node.js host passes to `@pulumi/pulumi/cmd/run` (constructArguments), in its order. */
export function nodeRunArguments(req: langPb.RunRequest, engineAddress: string): string[] {
  const info = req.getInfo();
  return runArguments(req, [
    ["monitor", req.getMonitorAddress()],
    ["engine", engineAddress],
    ["organization", req.getOrganization()],
    ["project", req.getProject()],
    ["root-directory", info?.getRootDirectory()],
    ["stack", req.getStack()],
    ["pwd", info?.getProgramDirectory() || req.getPwd()],
    ["dry-run", req.getDryrun()],
    ["parallel", String(req.getParallel())],
  ]);
}

/** The arguments the real Python host passes to `pulumi-language-python-exec` (constructArguments), in its order. */
export function pythonRunArguments(req: langPb.RunRequest, engineAddress: string): string[] {
  return runArguments(req, [
    ["monitor", req.getMonitorAddress()],
    ["engine", engineAddress],
    ["project", req.getProject()],
    ["root_directory", req.getInfo()?.getRootDirectory()],
    ["stack", req.getStack()],
    ["pwd", req.getPwd()],
    ["dry_run", String(req.getDryrun())],
    ["parallel", String(req.getParallel())],
    ["organization", req.getOrganization()],
  ]);
}

/** `PULUMI_CONFIG` as each host serializes it: Node.js rewrites `<ns>:<name>` to `<ns>:config:<name>`. */
export function configEnv(req: langPb.RunRequest, runtime: Runtime): Record<string, string> {
  const config: Record<string, string> = {};
  req.getConfigMap().forEach((v, k) => {
    if (runtime === "nodejs") {
      const i = k.indexOf(":");
      config[i < 0 ? k : `${k.slice(0, i)}:config:${k.slice(i + 1)}`] = v;
    } else {
      config[k] = v;
    }
  });
  return { PULUMI_CONFIG: JSON.stringify(config), PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(req.getConfigsecretkeysList()) };
}

/** The runtime options of Pulumi.yaml (`runtime.options`), as a plain object. */
function optionsOf(info: langPb.ProgramInfo | undefined): Record<string, unknown> {
  return (info?.getOptions()?.toJavaScript() as Record<string, unknown> | undefined) ?? {};
}

/** The Python interpreter for a program: `<root>/<virtualenv>/bin/python` when the option is set, else python3. */
export function pythonFor(info: langPb.ProgramInfo | undefined): string {
  const venv = optionsOf(info).virtualenv;
  if (typeof venv === "string" && venv) {
    const root = info?.getRootDirectory() || process.cwd();
    const dir = path.isAbsolute(venv) ? venv : path.join(root, venv);
    return path.join(dir, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
  }
  return "python3";
}

function nodeEnv(info: langPb.ProgramInfo | undefined): Record<string, string> {
  const opts = optionsOf(info);
  const env: Record<string, string> = {};
  if (opts.typescript !== false) env.PULUMI_NODEJS_TYPESCRIPT = "true";
  if (typeof opts.tsconfig === "string" && opts.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = opts.tsconfig;
  return env;
}

/** Spawns with a timeout; resolves with the exit code (or a signal as 128+n, or -1 when it could not start). */
function run(child: ChildProcess): Promise<{ code: number; error?: string }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    }, TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: -1, error: e.message });
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const codes: Record<string, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
      resolve({ code: code ?? 128 + (codes[signal ?? ""] ?? 15), error: signal ? `killed by ${signal}` : undefined });
    });
  });
}

/** The LanguageRuntime service for one runtime. */
export function languageRuntime(runtime: Runtime, engineAddress: string, here = __dirname): grpc.UntypedServiceImplementation {
  const unimplemented = (_call: unknown, cb: grpc.sendUnaryData<unknown>) =>
    cb({ code: grpc.status.UNIMPLEMENTED, details: `not implemented by rampart's offline ${runtime} language host` });
  const running = new Set<ChildProcess>();
  return {
    handshake: (_call: unknown, cb: grpc.sendUnaryData<langPb.LanguageHandshakeResponse>) => cb(null, new langPb.LanguageHandshakeResponse()),
    getPluginInfo: (_call: unknown, cb: grpc.sendUnaryData<pluginPb.PluginInfo>) => cb(null, new pluginPb.PluginInfo().setVersion("3.274.1")),
    getRequiredPlugins: (_call: unknown, cb: grpc.sendUnaryData<langPb.GetRequiredPluginsResponse>) => cb(null, new langPb.GetRequiredPluginsResponse()),
    getRequiredPackages: (_call: unknown, cb: grpc.sendUnaryData<langPb.GetRequiredPackagesResponse>) => cb(null, new langPb.GetRequiredPackagesResponse()),
    getProgramDependencies: (_call: unknown, cb: grpc.sendUnaryData<langPb.GetProgramDependenciesResponse>) =>
      cb(null, new langPb.GetProgramDependenciesResponse()),
    about: (_call: unknown, cb: grpc.sendUnaryData<langPb.AboutResponse>) =>
      cb(
        null,
        new langPb.AboutResponse().setExecutable(runtime === "nodejs" ? process.execPath : "python3").setVersion(runtime === "nodejs" ? process.version : ""),
      ),
    installDependencies: (call: grpc.ServerWritableStream<langPb.InstallDependenciesRequest, langPb.InstallDependenciesResponse>) => call.end(),
    cancel: (_call: unknown, cb: grpc.sendUnaryData<emptyPb.Empty>) => {
      for (const c of running) c.kill("SIGINT");
      cb(null, new emptyPb.Empty());
    },
    run: async (call: grpc.ServerUnaryCall<langPb.RunRequest, langPb.RunResponse>, cb: grpc.sendUnaryData<langPb.RunResponse>) => {
      const req = call.request;
      const info = req.getInfo();
      const programDir = info?.getProgramDirectory() || req.getPwd();
      let command: string;
      let args: string[];
      let env: Record<string, string>;
      try {
        if (runtime === "nodejs") {
          command = process.execPath;
          // `runtime.options.nodeargs` go before the run script, as the real host passes them.
          const nodeargs = String(optionsOf(info).nodeargs ?? "")
            .split(/\s+/)
            .filter(Boolean);
          args = [...nodeargs, locateModule("@pulumi/pulumi/cmd/run", programDir), ...nodeRunArguments(req, engineAddress)];
          env = { ...configEnv(req, runtime), ...nodeEnv(info) };
        } else {
          command = pythonFor(info);
          args = ["-u", path.join(here, "..", "bin", "pulumi-language-python-exec"), ...pythonRunArguments(req, engineAddress)];
          env = configEnv(req, runtime);
        }
      } catch (e) {
        cb(null, new langPb.RunResponse().setError((e as Error).message));
        return;
      }
      // Program output goes to this host's stdout/stderr, which the engine shows, as the real hosts do.
      const child = spawn(command, args, { cwd: req.getPwd() || programDir, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
      running.add(child);
      const { code, error } = await run(child);
      running.delete(child);
      const res = new langPb.RunResponse();
      if (code === BAIL_EXIT_CODE) res.setBail(true);
      else if (code === -1) res.setError(`Problem executing program (could not run language executor): ${error}`);
      else if (code !== 0) res.setError(`Program exited with non-zero exit code: ${code}${error ? ` (${error})` : ""}`);
      cb(null, res);
    },
    runPlugin: async (call: grpc.ServerWritableStream<langPb.RunPluginRequest, langPb.RunPluginResponse>) => {
      const req = call.request;
      const info = req.getInfo();
      const dir = info?.getProgramDirectory() || req.getPwd();
      if (runtime !== "nodejs" || req.getKind() !== "analyzer") {
        call.emit("error", { code: grpc.status.UNIMPLEMENTED, details: `rampart's offline ${runtime} host runs only Node.js policy packs` });
        return;
      }
      let script: string;
      try {
        script = locateModule("@pulumi/pulumi/cmd/run-policy-pack", dir);
      } catch (e) {
        call.emit("error", { code: grpc.status.FAILED_PRECONDITION, details: (e as Error).message });
        return;
      }
      const extra: Record<string, string> = {};
      for (const kv of req.getEnvList()) {
        const i = kv.indexOf("=");
        if (i > 0) extra[kv.slice(0, i)] = kv.slice(i + 1);
      }
      const child = spawn(process.execPath, [script, ...req.getArgsList(), dir], {
        cwd: dir,
        env: { ...process.env, ...extra, ...nodeEnv(info) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      running.add(child);
      child.stdout!.on("data", (b: Buffer) => call.write(new langPb.RunPluginResponse().setStdout(b)));
      child.stderr!.on("data", (b: Buffer) => call.write(new langPb.RunPluginResponse().setStderr(b)));
      call.on("cancelled", () => child.kill("SIGTERM"));
      const { code } = await run(child);
      running.delete(child);
      call.write(new langPb.RunPluginResponse().setExitcode(code));
      call.end();
    },
    runtimeOptionsPrompts: unimplemented,
    template: unimplemented,
    generateProgram: unimplemented,
    generateProject: unimplemented,
    generatePackage: unimplemented,
    pack: unimplemented,
    link: unimplemented,
  };
}

/** Starts the host: `node language-host.js <runtime> [--flags] [<engine-address>]`; prints the port. */
export async function main(argv: string[]): Promise<void> {
  const [runtime, ...rest] = argv;
  if (runtime !== "nodejs" && runtime !== "python") {
    process.stderr.write(`language-host: unsupported runtime '${runtime}'\n`);
    process.exit(2);
  }
  if (rest.includes("--version") || rest.includes("-version")) {
    process.stdout.write("3.274.1\n");
    return;
  }
  // Go-style flags the engine may pass before the engine address (`-tracing <url>`, `-runtime <name>`).
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (!rest[i].startsWith("-")) positional.push(rest[i]);
    else if (!rest[i].includes("=") && /^--?(tracing|runtime|root)$/.test(rest[i])) i++;
  }
  const engineAddress = positional[positional.length - 1] ?? "";
  const server = new grpc.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
  server.addService(langGrpc.LanguageRuntimeService, languageRuntime(runtime, engineAddress));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  process.stdout.write(`${port}\n`);
  const stop = () => server.tryShutdown(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`language-host: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
