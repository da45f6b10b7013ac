import * as path from "node:path";
import { describe, expect, it } from "vitest";
import * as structPb from "google-protobuf/google/protobuf/struct_pb";
import { definePolicy } from "./define";
import { makeDispatchingHandlers, RAMPART_TYPES } from "./dispatch";

/* eslint-disable @typescript-eslint/no-require-imports */
const sdkDir = path.dirname(require.resolve("@pulumi/policy"));
const server = require(path.join(sdkDir, "server.js"));
const analyzerPb = require(require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [sdkDir] }));
/* eslint-enable @typescript-eslint/no-require-imports */

const meta = {
  cloud: "aws",
  service: "s3",
  severity: "high",
  enforcementLevel: "mandatory",
  description: "A test policy for the dispatcher.",
  remediationSteps: "Nothing to remediate, this is a test.",
  url: "https://example.com/docs",
} as const;
const B = "aws:s3/bucket:Bucket";
const V2 = "aws:s3/bucketV2:BucketV2";
const PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const Q = "aws:sqs/queue:Queue";
const urn = (t: string, n: string) => `urn:pulumi:prod::shop::${t}::${n}`;

const seen: Record<string, number> = {};
const count = (k: string) => (seen[k] = (seen[k] ?? 0) + 1);
const policies = [
  definePolicy({
    ...meta,
    name: "aws-s3-multi",
    resourceTypes: [B, V2],
    validateResource: (r, report) => {
      count("multi");
      if (r.props.acl === "public-read") report("acl is public-read");
    },
  }),
  definePolicy({
    ...meta,
    name: "aws-s3-single",
    resourceTypes: [B],
    validateResource: (r, report) => (r.props.acl ? report("acl set") : r.notApplicable("no acl")),
  }),
  definePolicy({ ...meta, name: "aws-s3-queue-or-pab", resourceTypes: [Q, PAB], validateResource: () => void count("never") }),
  definePolicy({
    ...meta,
    name: "aws-s3-stack-multi",
    resourceTypes: [B, PAB],
    validateStack: (s, report) => {
      count("stack");
      expect(s.resources.length).toBe(4); // the whole stack, not only this policy's types
      for (const b of s.index.ofType(B)) if (!s.index.dependentsOf(b.urn).length) report("no public access block", b.urn);
    },
  }),
  definePolicy({ ...meta, name: "aws-s3-stack-index", resourceTypes: [B, V2], validateStack: (s) => void count(`index:${s.index.ofType(B).length}`) }),
  definePolicy({ ...meta, name: "aws-s3-stack-absent", resourceTypes: [Q, "aws:sqs/queuePolicy:QueuePolicy"], validateStack: () => void count("never") }),
  definePolicy({ ...meta, name: "aws-s3-stack-single-absent", resourceTypes: [Q], validateStack: () => void count("never") }),
].map((p) => p.toPulumiPolicy());
// Counts every call the SDK makes to the queue-or-PAB policy's validate function.
const qp = policies[2] as any;
const inner = qp.validateResource;
qp.validateResource = Object.defineProperty((...a: unknown[]) => (count("sdk-called"), inner(...a)), RAMPART_TYPES, { value: inner[RAMPART_TYPES] });
// A policy not made by rampart is served as the SDK serves it.
policies.push({
  name: "foreign",
  description: "not rampart",
  enforcementLevel: "advisory",
  validateStack: (args: any, report: any) => report(`foreign saw ${args.resources.length}`),
} as any);

function resource(type: string, name: string, props: Record<string, unknown>, deps: string[] = []) {
  const r = new analyzerPb.AnalyzerResource();
  r.setType(type);
  r.setName(name);
  r.setUrn(urn(type, name));
  r.setProperties(structPb.Struct.fromJavaScript(props as any));
  r.setOptions(new analyzerPb.AnalyzerResourceOptions());
  r.setDependenciesList(deps);
  return r;
}

function analyzeRequest(type: string, name: string, props: Record<string, unknown>) {
  const r = new analyzerPb.AnalyzeRequest();
  r.setType(type);
  r.setName(name);
  r.setUrn(urn(type, name));
  r.setProperties(structPb.Struct.fromJavaScript(props as any));
  r.setOptions(new analyzerPb.AnalyzerResourceOptions());
  return r;
}

const call = (h: any, request: any): Promise<any> => new Promise((res, rej) => h({ request }, (e: unknown, r: any) => (e ? rej(e) : res(r.toObject()))));

describe("the dispatcher answers as the SDK's own handlers do", () => {
  const args = ["pack", "1.0.0", "advisory", policies] as const;
  const dispatching = makeDispatchingHandlers(...args);
  const sdkAnalyze = server.makeAnalyzeRpcFun(...args);
  const sdkStack = server.makeAnalyzeStackRpcFun(...args);

  it("Analyze: same diagnostics and not-applicable entries, and a multi-type policy is not called for other types", async () => {
    for (const [type, props] of [
      [B, { acl: "public-read" }],
      [B, {}],
      [V2, { acl: "public-read" }],
      [Q, {}],
      ["aws:ec2/instance:Instance", { ami: "x" }],
    ] as const) {
      const req = analyzeRequest(type, "r", props);
      seen["sdk-called"] = 0;
      const mine = await call(dispatching.analyze, req);
      const byDispatcher = seen["sdk-called"];
      expect(mine).toEqual(await call(sdkAnalyze, req));
      // The SDK's own handler calls the multi-type policy for every resource; the dispatcher only for its types.
      expect(byDispatcher).toBe(type === Q ? 1 : 0);
      expect(seen["sdk-called"]).toBe(byDispatcher + 1);
    }
  });

  it("AnalyzeStack: same response; one view and one index per request; absent policies cost nothing", async () => {
    const req = new analyzerPb.AnalyzeStackRequest();
    const b1 = resource(B, "b1", { bucket: "b1" });
    const b2 = resource(B, "b2", { bucket: "b2" });
    const pab = resource(PAB, "p1", { bucket: "b1" }, [urn(B, "b1")]);
    const role = resource("aws:iam/role:Role", "role", {});
    req.setResourcesList([b1, b2, pab, role]);
    for (const k of Object.keys(seen)) delete seen[k];
    const mine = await call(dispatching.analyzeStack, req);
    const theirs = await call(sdkStack, req);
    expect(mine).toEqual(theirs);
    expect(mine.diagnosticsList.map((d: any) => [d.policyname, d.urn])).toEqual([
      ["aws-s3-stack-multi", urn(B, "b2")],
      ["foreign", ""],
    ]);
    expect(mine.notApplicableList.map((n: any) => n.policyName)).toEqual(["aws-s3-stack-single-absent"]);
    expect(seen).toEqual({ stack: 2, "index:2": 2 });
  });
});
