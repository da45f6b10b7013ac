/**
 * Runner A: runs policies in process through the very handlers @pulumi/policy's gRPC server uses
 * (`makeAnalyzeRpcFun` / `makeAnalyzeStackRpcFun` in its server.js), with real protobuf requests
 * from @pulumi/pulumi's generated classes. Deserialization, unknown values, secrets and
 * enforcement levels therefore behave as they do under the engine. Policy config reaches the
 * policy as pack options do (the policy's initial config); the engine's Configure RPC is exercised
 * by Runner B. Stack tags, which the SDK keeps in module state set by ConfigureStack (not
 * exported), are handed to each validate function as ConfigureStack would leave them.
 */
import type { Policies } from "@pulumi/policy";
import type { PolicySetting, RampartPolicy } from "@rampart/policy-core";
import * as path from "node:path";
import { AnalyzeOutcome, EngineResource, fromAnalyzeResponse, toAnalyzeRequest, toAnalyzeStackRequest } from "@rampart/engine-client";

interface SdkServer {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: Policies): RpcFun;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: Policies): RpcFun;
}
type RpcFun = (call: { request: unknown }, cb: (err: unknown, resp: any) => void) => Promise<void>;

let server: SdkServer | undefined;
function sdkServer(): SdkServer {
  if (!server) {
    const main = require.resolve("@pulumi/policy");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    server = require(path.join(path.dirname(main), "server.js")) as SdkServer;
  }
  return server;
}

/** Pack name and version the in-process runner reports, as a real pack would. */
export const IN_PROCESS_PACK = { name: "rampart-fixtures", version: "0.0.0" };

/** Stack tags in the read-only map shape the SDK gives policies. */
function frozenTags(tags: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(tags));
}

/** Wraps a policy's validate function so it sees `stackTags`, keeping the SDK's `__pulumiType`. */
function withStackTags<P extends Record<string, any>>(p: P, key: "validateResource" | "validateStack", tags?: Record<string, string>): P {
  if (!tags || !Object.keys(tags).length || typeof p[key] !== "function") return p;
  const orig = p[key] as (args: any, report: any) => unknown;
  const fn = (args: any, report: any) => orig({ ...args, stackTags: frozenTags(tags) }, report);
  if ((orig as any).__pulumiType) (fn as any).__pulumiType = (orig as any).__pulumiType;
  return { ...p, [key]: fn };
}

function call(fun: RpcFun, request: unknown): Promise<AnalyzeOutcome> {
  return new Promise((resolve, reject) => {
    void fun({ request }, (err, resp) => {
      if (err) reject(err instanceof Error ? err : new Error(String((err as any)?.details ?? err)));
      else resolve(fromAnalyzeResponse(resp));
    });
  });
}

/**
 * Runs the resource policies among `policies` on one resource, in process.
 * @param settings per-policy enforcement level and config, as pack options would pass them.
 * @throws the SDK's "Error validating resource with policy ..." when a policy throws anything but
 *   the unknown-value error (under the engine that fails the preview).
 */
export function analyzeInProcess(
  policies: readonly RampartPolicy[],
  resource: EngineResource,
  settings: Record<string, PolicySetting<any> | undefined> = {},
  stackTags?: Record<string, string>,
): Promise<AnalyzeOutcome> {
  const sdk = policies
    .filter((p) => p.kind === "resource")
    .map((p) => withStackTags(p.toPulumiPolicy(settings[p.name]) as Record<string, any>, "validateResource", stackTags)) as Policies;
  const fun = sdkServer().makeAnalyzeRpcFun(IN_PROCESS_PACK.name, IN_PROCESS_PACK.version, "advisory", sdk);
  return call(fun, toAnalyzeRequest(resource));
}

/** Runs the stack policies among `policies` on a set of resources, in process. */
export function analyzeStackInProcess(
  policies: readonly RampartPolicy[],
  resources: readonly EngineResource[],
  settings: Record<string, PolicySetting<any> | undefined> = {},
  stackTags?: Record<string, string>,
): Promise<AnalyzeOutcome> {
  const sdk = policies
    .filter((p) => p.kind === "stack")
    .map((p) => withStackTags(p.toPulumiPolicy(settings[p.name]) as Record<string, any>, "validateStack", stackTags)) as Policies;
  const fun = sdkServer().makeAnalyzeStackRpcFun(IN_PROCESS_PACK.name, IN_PROCESS_PACK.version, "advisory", sdk);
  return call(fun, toAnalyzeStackRequest(resources));
}
