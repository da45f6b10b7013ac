/**
 * Per-type dispatch and one shared stack view per AnalyzeStack request.
 *
 * @pulumi/policy 1.21 (server.js) calls every resource policy for every resource and skips one
 * early only when its validate function carries a single `__pulumiType`; a multi-type policy is
 * called anyway (its properties and its provider's wrapped in a proxy, its options read, one
 * asynchronous turn) only to return at rampart's type check. For AnalyzeStack it builds the whole
 * stack (a `PolicyResource` per resource, URN maps for parents and dependencies) once per stack
 * policy, and rampart built one StackIndex per stack policy on top.
 *
 * `installDispatch` wraps the SDK's `serve` so the AnalyzeStack requests it receives are decoded with
 * lazy Structs (lazy-structs.ts) and the Analyze and AnalyzeStack handlers it registers
 * are rampart's, built from the SDK's own exported handler factories (`makeAnalyzeRpcFun`,
 * `makeAnalyzeStackRpcFun`), so diagnostics, not-applicable entries, config and enforcement levels
 * are produced by the SDK's code as before:
 * - Analyze: one SDK handler per resource type, over the pack's policies minus rampart's
 *   multi-type resource policies that do not apply to that type (which the SDK would have called
 *   only for them to return without a word) and minus stack policies (which Analyze skips).
 *   Single-type policies stay: the SDK reports them not applicable as before.
 * - Analyze responses: the not-applicable entries' encoding comes from a cache
 *   (response-encoding.ts), the same bytes as the generated serializer's.
 * - AnalyzeStack: each stack policy runs through the SDK's handler on its own, in pack order, and
 *   the responses are joined in that order. A rampart stack policy is handed only the resources of
 *   its types (a multi-type one with none of them present is skipped, which is what it did itself;
 *   a single-type one with none present is reported not applicable by the SDK, as before) and
 *   reads the whole stack from one view built once per request by the SDK's own code (see
 *   `currentStackView`), indexed once (`stackIndexOf` in define.ts). Other policies get the
 *   request as it came.
 */
import * as path from "node:path";
import { lazyStructService } from "./lazy-structs";
import { cachedNotApplicableService } from "./response-encoding";
import { sdkRegistry } from "./sdk-registry";

/** Marks a validate function made by rampart with the type tokens its policy applies to. */
export const RAMPART_TYPES = Symbol.for("rampart.policy-core.resource-types.v1");

/** Name of the internal stack policy that makes the SDK build the shared stack view (never reported). */
const VIEW_POLICY = "rampart-stack-view";

/** A gRPC unary handler as @pulumi/policy's server registers it. */
export type Handler = (call: any, callback: (err: unknown, resp?: any) => void) => unknown;

function typesOf(fn: unknown): ReadonlySet<string> | undefined {
  return fn && typeof fn === "function" ? (fn as any)[RAMPART_TYPES] : undefined;
}

/**
 * The whole stack of the AnalyzeStack request being served, as the SDK builds it for a stack
 * policy (`args.resources`), while a rampart stack policy runs; undefined otherwise (tests, an SDK
 * without the hook). Set and cleared synchronously around each policy call.
 */
export function currentStackView(): readonly any[] | undefined {
  return sdkRegistry.stackView;
}

/** Runs an SDK handler and resolves with its response (rejects with its error). */
function run(handler: Handler, call: any): Promise<any> {
  return new Promise((resolve, reject) => {
    handler(call, (err, resp) => (err ? reject(err) : resolve(resp)));
  });
}

/** A request that answers `getResourcesList` with `list` and everything else as `req` does. */
function withResources(req: any, list: any[]): any {
  const fake = Object.create(req);
  fake.getResourcesList = () => list;
  return fake;
}

interface Sdk {
  server: any;
  policy: any;
  grpc: any;
  analyzerPb: any;
  /** Resolved path of the analyzer_pb.js the SDK uses. */
  analyzerPbPath: string;
}

/** The SDK modules the dispatcher uses (the copy of @pulumi/policy this policy-core resolves), or undefined if their shape is unexpected. */
function loadSdk(): Sdk | undefined {
  const dir = path.dirname(require.resolve("@pulumi/policy"));
  /* eslint-disable @typescript-eslint/no-require-imports */
  const server = require(path.join(dir, "server.js"));
  const policy = require(path.join(dir, "policy.js"));
  const grpc = require(require.resolve("@grpc/grpc-js", { paths: [dir] }));
  const analyzerPbPath = require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [dir] });
  const analyzerPb = require(analyzerPbPath);
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ok =
    typeof server.serve === "function" &&
    typeof server.makeAnalyzeRpcFun === "function" &&
    typeof server.makeAnalyzeStackRpcFun === "function" &&
    typeof policy.isResourcePolicy === "function" &&
    typeof policy.isStackPolicy === "function" &&
    typeof grpc.Server?.prototype?.addService === "function" &&
    typeof analyzerPb.AnalyzeResponse === "function";
  return ok ? { server, policy, grpc, analyzerPb, analyzerPbPath } : undefined;
}

/**
 * The dispatching Analyze and AnalyzeStack handlers for a pack (what `installDispatch` registers
 * in place of the SDK's; exported for tests, which compare them with the SDK's own handlers).
 *
 * @param policies the pack's @pulumi/policy policy objects, as given to `new PolicyPack`.
 * @throws Error when the SDK's modules do not have the expected shape.
 */
export function makeDispatchingHandlers(name: string, version: string, level: string, policies: readonly any[]): { analyze: Handler; analyzeStack: Handler } {
  const sdk = loadSdk();
  if (!sdk) throw new Error("@pulumi/policy does not have the shape rampart's dispatcher expects");
  return dispatchingHandlers(sdk, name, version, level, policies);
}

function dispatchingHandlers(sdk: Sdk, name: string, version: string, level: string, policies: readonly any[]) {
  const { makeAnalyzeRpcFun, makeAnalyzeStackRpcFun } = sdk.server;
  const { isResourcePolicy, isStackPolicy } = sdk.policy;

  // ---- Analyze: one SDK handler per resource type.
  const byType = new Map<string, Handler>();
  const analyze: Handler = function (this: unknown, call, callback) {
    const type: string = call.request.getType();
    let h = byType.get(type);
    if (!h) {
      const applicable = policies.filter((p) => {
        if (!isResourcePolicy(p)) return false;
        const types = typesOf(p.validateResource);
        return !types || types.size === 1 || types.has(type);
      });
      h = makeAnalyzeRpcFun(name, version, level, applicable) as Handler;
      if (byType.size < 10_000) byType.set(type, h);
    }
    return h.call(this, call, callback);
  };

  // ---- AnalyzeStack: each stack policy on its own, rampart's on the shared view.
  const stackPolicies = policies.filter((p) => isStackPolicy(p));
  const single = new Map<any, Handler>(stackPolicies.map((p) => [p, makeAnalyzeStackRpcFun(name, version, level, [p]) as Handler]));
  let captured: any[] | undefined;
  const viewHandler = makeAnalyzeStackRpcFun(name, version, "advisory", [
    {
      name: VIEW_POLICY,
      description: "rampart's shared stack view",
      enforcementLevel: "advisory",
      validateStack: (args: { resources: any[] }) => {
        captured = args.resources;
      },
    },
  ]) as Handler;
  const analyzeStack: Handler = function (call, callback) {
    void (async () => {
      const req = call.request;
      const list: any[] = req.getResourcesList();
      const types: string[] = list.map((r) => r.getType());
      let view: any[] | undefined;
      const viewOf = () => {
        if (!view) {
          captured = undefined;
          // The SDK's handler runs synchronously up to the policy call, which captures the view.
          viewHandler(call, () => undefined);
          view = captured ?? [];
          captured = undefined;
        }
        return view;
      };
      const diagnostics: any[] = [];
      const notApplicable: any[] = [];
      for (const p of stackPolicies) {
        const own = typesOf(p.validateStack);
        let resp: any;
        if (!own) {
          resp = await run(single.get(p)!, call);
        } else {
          const mine = list.filter((_, i) => own.has(types[i]));
          if (mine.length === 0 && own.size > 1) continue;
          const shared = mine.length > 0 ? viewOf() : undefined;
          const handler = single.get(p)!;
          // The policy's validateStack runs synchronously inside this call (one policy per handler).
          const done = new Promise<any>((resolve, reject) => {
            const prev = sdkRegistry.stackView;
            sdkRegistry.stackView = shared;
            try {
              handler(Object.create(call, { request: { value: withResources(req, mine) } }), (err, r) => (err ? reject(err) : resolve(r)));
            } finally {
              sdkRegistry.stackView = prev;
            }
          });
          resp = await done;
        }
        diagnostics.push(...resp.getDiagnosticsList());
        notApplicable.push(...resp.getNotApplicableList());
      }
      const out = new sdk.analyzerPb.AnalyzeResponse();
      out.setDiagnosticsList(diagnostics);
      if (notApplicable.length) out.setNotApplicableList(notApplicable);
      return out;
    })().then(
      (resp) => callback(null, resp),
      (err) => callback(err, undefined),
    );
  };
  return { analyze, analyzeStack };
}

let installed: boolean | undefined;

/**
 * Wraps @pulumi/policy's `serve` so the pack's Analyze and AnalyzeStack handlers dispatch by type
 * (see the module comment). Idempotent across copies of policy-core (the wrapper is marked).
 * Returns false when the SDK's modules do not have the expected shape; the SDK's own handlers then
 * serve the pack unchanged.
 */
export function installDispatch(): boolean {
  if (installed !== undefined) return installed;
  try {
    const sdk = loadSdk();
    if (!sdk) return (installed = false);
    const { server, grpc } = sdk;
    if (server.serve.__rampartDispatch) return (installed = true);
    const original = server.serve;
    const serve = function (this: unknown, ...serveArgs: any[]) {
      const proto = grpc.Server.prototype;
      const addService = proto.addService;
      proto.addService = function (this: unknown, service: unknown, impl: Record<string, unknown>) {
        proto.addService = addService;
        if (impl && typeof impl.analyze === "function" && typeof impl.analyzeStack === "function") {
          const [name, version, level, packArgs] = serveArgs;
          impl = { ...impl, ...dispatchingHandlers(sdk, name, version, level, packArgs?.policies ?? []) };
          // RAMPART_EAGER_STRUCTS=1 keeps the SDK's own decoding (for before/after measurements).
          if (process.env.RAMPART_EAGER_STRUCTS !== "1") service = lazyStructService(service as object, sdk.analyzerPbPath);
          service = cachedNotApplicableService(service as object, sdk.analyzerPb.AnalyzeResponse);
        }
        return addService.call(this, service, impl);
      };
      try {
        return original.apply(this, serveArgs);
      } finally {
        proto.addService = addService;
      }
    };
    (serve as any).__rampartDispatch = true;
    server.serve = serve;
    return (installed = true);
  } catch {
    return (installed = false);
  }
}
