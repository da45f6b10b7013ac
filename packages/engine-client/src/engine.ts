/**
 * The engine protocol. Starts a built policy pack as the Pulumi CLI does
 * (`node <@pulumi/pulumi>/cmd/run-policy-pack <engine-address> <pack-dir>`, working directory the
 * pack folder), reads the port the pack prints on stdout, and speaks the gRPC `Analyzer` service
 * (@pulumi/pulumi proto/analyzer_grpc_pb) with @grpc/grpc-js: GetAnalyzerInfo, GetPluginInfo,
 * Configure, ConfigureStack, Analyze, AnalyzeStack. Requests are filled as the engine fills them.
 */
import * as grpc from "@grpc/grpc-js";
import * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import {
  AnalyzeOutcome,
  AnalyzerInfo,
  EngineResource,
  fromAnalyzeResponse,
  fromAnalyzerInfo,
  toAnalyzeRequest,
  toAnalyzeStackRequest,
  preSerializedAnalyzeRequest,
  preSerializedStackRequest,
  toConfigureRequest,
} from "./proto";

/** Options for starting a pack. */
export interface StartOptions {
  /** Milliseconds to wait for the port (default 60 000). */
  timeoutMs?: number;
  /** The engine address passed to the pack (the CLI's own gRPC address); default a closed local port. */
  engineAddress?: string;
  /** Where `@pulumi/pulumi` is resolved from (default: the pack folder, then this package). */
  resolveFrom?: string;
  /** Extra environment for the pack process. */
  env?: NodeJS.ProcessEnv;
}

/** Error starting or talking to a policy pack process. */
export class PolicyPackProcessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyPackProcessError";
  }
}

/** Where `@pulumi/pulumi/cmd/run-policy-pack` is for a pack folder (the pack's own copy first). */
export function runPolicyPackScript(packDir: string, resolveFrom?: string): string {
  const bases = [resolveFrom, packDir, __dirname].filter((b): b is string => !!b);
  for (const base of bases) {
    try {
      const pkg = require.resolve("@pulumi/pulumi/package.json", { paths: [base] });
      const script = path.join(path.dirname(pkg), "cmd", "run-policy-pack");
      if (fs.existsSync(script)) return script;
    } catch {
      // try the next base
    }
  }
  throw new PolicyPackProcessError(`cannot find @pulumi/pulumi/cmd/run-policy-pack for ${packDir}`);
}

function unary<Req, Res>(client: grpc.Client, method: string, req: Req, deadlineMs = 120_000): Promise<Res> {
  return new Promise((resolve, reject) => {
    const fn = (client as any)[method] as (...args: unknown[]) => void;
    const deadline = new Date(Date.now() + deadlineMs);
    fn.call(client, req, new grpc.Metadata(), { deadline }, (err: grpc.ServiceError | null, res: Res) => {
      if (err) reject(new PolicyPackProcessError(`${method}: ${err.details || err.message}`));
      else resolve(res);
    });
  });
}

/** A running policy pack, spoken to over the engine's analyzer protocol. */
export class PolicyPackProcess {
  private stderr = "";
  private exited = false;

  private constructor(
    readonly packDir: string,
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly client: grpc.Client,
  ) {
    child.stderr?.on("data", (d: Buffer) => {
      this.stderr += d.toString();
    });
    child.on("exit", () => {
      this.exited = true;
    });
  }

  /** What the pack printed on stderr so far. */
  get errorOutput(): string {
    return this.stderr;
  }

  /**
   * Spawns the pack as the Pulumi CLI does and waits for its port.
   * @throws PolicyPackProcessError when the pack exits or prints no port in time (with its stderr).
   */
  static async start(packDir: string, opts: StartOptions = {}): Promise<PolicyPackProcess> {
    const dir = path.resolve(packDir);
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
      throw new PolicyPackProcessError(`${dir} is not a policy pack folder (no PulumiPolicy.yaml)`);
    }
    const script = runPolicyPackScript(dir, opts.resolveFrom);
    const engine = opts.engineAddress ?? "127.0.0.1:1";
    const child = spawn(process.execPath, [script, engine, dir], {
      cwd: dir,
      env: { ...process.env, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timeoutMs = opts.timeoutMs ?? 60_000;
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new PolicyPackProcessError(`policy pack ${dir} printed no port within ${timeoutMs} ms: ${stderr.trim()}`));
      }, timeoutMs);
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /^(\d+)\s*$/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new PolicyPackProcessError(`policy pack ${dir} exited (${signal ?? code}) before printing its port: ${stderr.trim()}`));
      });
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(new PolicyPackProcessError(`cannot start policy pack ${dir}: ${e.message}`));
      });
    });
    const Client = grpc.makeGenericClientConstructor(analyzerGrpc.AnalyzerService as any, "Analyzer");
    const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    const proc = new PolicyPackProcess(dir, child, port, client);
    proc.stderr = stderr;
    return proc;
  }

  /** GetAnalyzerInfo: pack name, version, policies with metadata, initial config. */
  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const res = await unary<emptyPb.Empty, analyzerPb.AnalyzerInfo>(this.client, "getAnalyzerInfo", new emptyPb.Empty());
    return fromAnalyzerInfo(res);
  }

  /** GetPluginInfo: the @pulumi/policy version serving the pack. */
  async getPluginInfo(): Promise<{ version: string }> {
    const res = await unary<emptyPb.Empty, any>(this.client, "getPluginInfo", new emptyPb.Empty());
    return { version: res.getVersion() };
  }

  /**
   * Configure with a full per-policy config as the CLI sends it (every policy, with its
   * enforcement level and properties; see `resolveEngineConfig`).
   */
  async configure(config: Record<string, { enforcementLevel: string } & Record<string, unknown>>): Promise<void> {
    await unary(this.client, "configure", toConfigureRequest(config));
  }

  /** ConfigureStack: stack name, project, organization and stack tags. */
  async configureStack(stack: { stack: string; project: string; organization?: string; dryRun?: boolean; tags?: Record<string, string> }): Promise<void> {
    const req = new analyzerPb.AnalyzerStackConfigureRequest();
    req.setStack(stack.stack);
    req.setProject(stack.project);
    req.setOrganization(stack.organization ?? "organization");
    req.setDryRun(stack.dryRun ?? true);
    const tags = req.getTagsMap();
    for (const [k, v] of Object.entries(stack.tags ?? {})) tags.set(k, v);
    await unary(this.client, "configureStack", req);
  }

  /** Analyze one resource (its inputs), or the request already encoded (`serializeAnalyzeRequest`), to send one encoding to several packs. */
  async analyze(resource: EngineResource | Uint8Array): Promise<AnalyzeOutcome> {
    const req = resource instanceof Uint8Array ? preSerializedAnalyzeRequest(resource) : toAnalyzeRequest(resource);
    const res = await unary<analyzerPb.AnalyzeRequest, analyzerPb.AnalyzeResponse>(this.client, "analyze", req);
    return fromAnalyzeResponse(res);
  }

  /**
   * AnalyzeStack over every resource (their outputs). `resources` may also be the request already
   * encoded (`serializeAnalyzeStackRequest`), to send one encoding to several packs.
   * @param deadlineMs how long the pack may take (default 120 s; a large stack needs more).
   */
  async analyzeStack(resources: readonly EngineResource[] | Uint8Array, deadlineMs?: number): Promise<AnalyzeOutcome> {
    const req = resources instanceof Uint8Array ? preSerializedStackRequest(resources) : toAnalyzeStackRequest(resources);
    const res = await unary<analyzerPb.AnalyzeStackRequest, analyzerPb.AnalyzeResponse>(this.client, "analyzeStack", req, deadlineMs);
    return fromAnalyzeResponse(res);
  }

  /**
   * Kills the pack's process at once (SIGKILL), synchronously: for a caller that is exiting on a
   * signal and cannot wait for `stop`. Safe to call when it has already exited.
   */
  kill(): void {
    if (this.exited || this.child.exitCode !== null) return;
    this.child.kill("SIGKILL");
  }

  /** Stops the pack: closes the channel, SIGTERM, then SIGKILL after `graceMs`. Safe to call twice. */
  async stop(graceMs = 2000): Promise<void> {
    this.client.close();
    if (this.exited || this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.child.kill("SIGKILL");
      }, graceMs);
      this.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      this.child.kill("SIGTERM");
    });
  }
}

/** A `--policy-pack-config` file's content: `all` and per-policy levels or objects. */
export type PolicyPackConfigFile = Record<string, string | ({ enforcementLevel?: string } & Record<string, unknown>)>;

/**
 * Computes the config the Pulumi CLI sends in Configure: for every policy the pack reports, the
 * enforcement level (the file's entry for the policy > the file's `all` > the pack's initial
 * config > the policy's own level) and properties (schema defaults < initial config < file).
 */
export function resolveEngineConfig(
  info: AnalyzerInfo,
  file: PolicyPackConfigFile = {},
): Record<string, { enforcementLevel: string } & Record<string, unknown>> {
  const out: Record<string, { enforcementLevel: string } & Record<string, unknown>> = {};
  const all = typeof file.all === "string" ? file.all : undefined;
  for (const p of info.policies) {
    const props: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(p.configSchema?.properties ?? {})) {
      if (s && typeof s === "object" && "default" in (s as object)) props[k] = (s as { default: unknown }).default;
    }
    const initial = info.initialConfig[p.name];
    if (initial) Object.assign(props, initial.properties);
    let level: string = initial?.enforcementLevel ?? p.enforcementLevel;
    if (all) level = all;
    const entry = file[p.name];
    if (typeof entry === "string") level = entry;
    else if (entry) {
      const { enforcementLevel, ...rest } = entry;
      if (enforcementLevel) level = enforcementLevel;
      Object.assign(props, rest);
    }
    out[p.name] = { ...props, enforcementLevel: level };
  }
  return out;
}
