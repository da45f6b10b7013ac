/**
 * An offline stand-in for a Pulumi resource provider plugin (`pulumi-resource-<pkg>`), served over the
 * engine's ResourceProvider gRPC protocol with @grpc/grpc-js and @pulumi/pulumi's generated protobuf
 * classes (proto/provider_grpc_pb, provider_pb, plugin_pb). It lets the real Pulumi CLI run
 * `pulumi preview` with no cloud account and no plugin download:
 *
 * - Check/CheckConfig return the inputs as given (no defaults, no autonaming, no validation).
 * - Create/Update in preview return the inputs; provider-computed outputs are left out, which the
 *   language SDKs treat as unknown. Outside preview (`pulumi up`) Create also returns a made-up id.
 * - Read returns what it was given; Delete does nothing.
 * - Invoke answers common data sources from ./invokes (everything else `{}`).
 *
 * Property values travel as google.protobuf.Struct in wire form and are passed through untouched, so
 * secrets, unknowns and resource references reach the engine exactly as the program sent them.
 * Protocol read in pulumi/pulumi v3.274.1 sdk/go/common/resource/plugin/provider_plugin.go.
 */
import * as grpc from "@grpc/grpc-js";
import * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import * as providerGrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerPb from "@pulumi/pulumi/proto/provider_pb";
import { createHash } from "node:crypto";
import * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";
import path from "node:path";
import { answerInvoke, SECRET_SIG, SIG_KEY } from "./invokes";
import { deriveSchema } from "./schema";
import { REPO_ROOT } from "./shims";

/** What a provider process is: its package name and the plugin version it reports. */
export interface OfflineProviderOptions {
  /** Package name as in type tokens: "aws", "azure-native", "gcp" (any name works). */
  pkg: string;
  /** Semver reported by GetPluginInfo, e.g. the version the program's SDK asks for ("7.48.0"). */
  version: string;
  /**
   * Schema returned by GetSchema (a Pulumi package schema as JSON text); default derived from the
   * installed `@pulumi/<pkg>` SDK (./schema), or a schema with no resources when it is not installed.
   */
  schema?: string;
  /** Called with one line per RPC for debugging (default: nothing). */
  log?: (line: string) => void;
}

/** A running provider server. */
export interface RunningProvider {
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Stops the server (pending calls are cut off). */
  stop(): void;
}

type Unary<Req, Res> = grpc.handleUnaryCall<Req, Res>;

/** Replaces secret wrappers (`{SIG_KEY: SECRET_SIG, value}`) by their plain values, deeply. */
export function unwrapSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapSecrets);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return unwrapSecrets(o.value);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, unwrapSecrets(x)]));
  }
  return v;
}

function plain(s: structPb.Struct | undefined): Record<string, unknown> {
  return s ? (unwrapSecrets(s.toJavaScript()) as Record<string, unknown>) : {};
}

/** Top-level keys whose values differ between two wire property maps. */
export function changedKeys(olds: Record<string, unknown>, news: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(olds), ...Object.keys(news)]);
  return [...keys].filter((k) => JSON.stringify(olds[k]) !== JSON.stringify(news[k])).sort();
}

function diffResponse(olds: structPb.Struct | undefined, news: structPb.Struct | undefined): providerPb.DiffResponse {
  const changed = changedKeys(olds?.toJavaScript() ?? {}, news?.toJavaScript() ?? {});
  const resp = new providerPb.DiffResponse();
  resp.setChanges(changed.length > 0 ? providerPb.DiffResponse.DiffChanges.DIFF_SOME : providerPb.DiffResponse.DiffChanges.DIFF_NONE);
  resp.setDiffsList(changed);
  return resp;
}

function unimplemented(name: string): Unary<any, any> {
  return (_call, callback) => callback({ code: grpc.status.UNIMPLEMENTED, details: `rampart offline provider: ${name} is not implemented` }, null);
}

/** The ResourceProvider service implementation for one package (see the module comment). */
export function offlineProviderService(opts: OfflineProviderOptions): providerGrpc.IResourceProviderServer {
  const log = opts.log ?? (() => undefined);
  let config: Record<string, unknown> = {};
  let schema = opts.schema;
  const getSchema = (): string => {
    if (schema === undefined) {
      let sdkDir: string | undefined;
      try {
        sdkDir = path.dirname(require.resolve(`@pulumi/${opts.pkg}/package.json`, { paths: [REPO_ROOT] }));
      } catch {
        sdkDir = undefined;
      }
      schema = JSON.stringify(sdkDir ? deriveSchema(opts.pkg, opts.version, sdkDir) : { name: opts.pkg, version: opts.version, resources: {}, functions: {} });
    }
    return schema;
  };

  // Check and CheckConfig: the inputs as given, no failures.
  const checkAsGiven =
    (rpc: string): Unary<providerPb.CheckRequest, providerPb.CheckResponse> =>
    (call, callback) => {
      log(`${rpc} ${call.request.getUrn()}`);
      const resp = new providerPb.CheckResponse();
      resp.setInputs(call.request.getNews());
      callback(null, resp);
    };
  // Diff and DiffConfig: the top-level properties whose values changed (old inputs when sent).
  const diffAsGiven =
    (rpc: string): Unary<providerPb.DiffRequest, providerPb.DiffResponse> =>
    (call, callback) => {
      log(`${rpc} ${call.request.getUrn()}`);
      callback(null, diffResponse(call.request.getOldInputs() ?? call.request.getOlds(), call.request.getNews()));
    };
  const service: providerGrpc.IResourceProviderServer = {
    handshake: (call, callback) => {
      log("Handshake");
      const resp = new providerPb.ProviderHandshakeResponse();
      resp.setAcceptSecrets(true);
      resp.setAcceptResources(true);
      resp.setAcceptOutputs(false);
      resp.setSupportsAutonamingConfiguration(false);
      callback(null, resp);
    },
    getPluginInfo: (_call, callback) => {
      log("GetPluginInfo");
      const info = new pluginPb.PluginInfo();
      info.setVersion(opts.version);
      callback(null, info);
    },
    getSchema: (call, callback) => {
      log(`GetSchema v${call.request.getVersion()}`);
      const resp = new providerPb.GetSchemaResponse();
      resp.setSchema(getSchema());
      callback(null, resp);
    },
    checkConfig: checkAsGiven("CheckConfig"),
    diffConfig: diffAsGiven("DiffConfig"),
    configure: (call, callback) => {
      config = plain(call.request.getArgs());
      log(`Configure ${Object.keys(config).join(",")}`);
      const resp = new providerPb.ConfigureResponse();
      resp.setAcceptsecrets(true);
      resp.setAcceptresources(true);
      resp.setSupportspreview(true);
      resp.setAcceptoutputs(false);
      callback(null, resp);
    },
    check: checkAsGiven("Check"),
    diff: diffAsGiven("Diff"),
    create: (call, callback) => {
      const req = call.request;
      log(`Create ${req.getUrn()} preview=${req.getPreview()}`);
      const resp = new providerPb.CreateResponse();
      // In preview the id stays empty (unknown); a made-up id outside preview, stable per URN.
      if (!req.getPreview()) resp.setId(`offline-${createHash("sha256").update(req.getUrn()).digest("hex").slice(0, 16)}`);
      resp.setProperties(req.getProperties());
      callback(null, resp);
    },
    read: (call, callback) => {
      const req = call.request;
      log(`Read ${req.getUrn()} ${req.getId()}`);
      const resp = new providerPb.ReadResponse();
      resp.setId(req.getId());
      resp.setProperties(req.getProperties() ?? new structPb.Struct());
      if (req.getInputs()) resp.setInputs(req.getInputs());
      callback(null, resp);
    },
    update: (call, callback) => {
      log(`Update ${call.request.getUrn()} preview=${call.request.getPreview()}`);
      const resp = new providerPb.UpdateResponse();
      resp.setProperties(call.request.getNews());
      callback(null, resp);
    },
    delete: (call, callback) => {
      log(`Delete ${call.request.getUrn()}`);
      callback(null, new emptyPb.Empty());
    },
    invoke: (call, callback) => {
      const tok = call.request.getTok();
      log(`Invoke ${tok}`);
      try {
        const answer = answerInvoke(tok, plain(call.request.getArgs()), { pkg: opts.pkg, config });
        const resp = new providerPb.InvokeResponse();
        resp.setReturn(structPb.Struct.fromJavaScript(answer as Record<string, structPb.JavaScriptValue>));
        callback(null, resp);
      } catch (e) {
        callback({ code: grpc.status.INTERNAL, details: `rampart offline provider: invoke ${tok} failed: ${(e as Error).message}` }, null);
      }
    },
    cancel: (_call, callback) => {
      log("Cancel");
      callback(null, new emptyPb.Empty());
    },
    attach: (call, callback) => {
      log(`Attach ${call.request.getAddress()}`);
      callback(null, new emptyPb.Empty());
    },
    getMapping: (call, callback) => {
      log(`GetMapping ${call.request.getKey()}`);
      const resp = new providerPb.GetMappingResponse();
      resp.setProvider("");
      resp.setData("");
      callback(null, resp);
    },
    getMappings: (_call, callback) => callback(null, new providerPb.GetMappingsResponse()),
    parameterize: unimplemented("Parameterize"),
    call: unimplemented("Call"),
    construct: unimplemented("Construct"),
    list: (call) => call.emit("error", { code: grpc.status.UNIMPLEMENTED, details: "rampart offline provider: List is not implemented" }),
  };
  return service;
}

/**
 * Starts an offline provider on 127.0.0.1 (a free port). Resolves once it listens.
 * @throws when the port cannot be bound.
 */
export function startOfflineProvider(opts: OfflineProviderOptions): Promise<RunningProvider> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": 1 << 30, "grpc.max_send_message_length": 1 << 30 });
  server.addService(providerGrpc.ResourceProviderService, offlineProviderService(opts) as unknown as grpc.UntypedServiceImplementation);
  return new Promise((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
      if (err) return reject(err);
      resolve({ port, stop: () => server.forceShutdown() });
    });
  });
}
