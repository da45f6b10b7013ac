import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedNotApplicableService } from "./response-encoding";

/* eslint-disable @typescript-eslint/no-require-imports */
const sdkDir = path.dirname(require.resolve("@pulumi/policy"));
const analyzerPb = require(require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [sdkDir] }));
const { AnalyzerService } = require(require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb", { paths: [sdkDir] }));
/* eslint-enable @typescript-eslint/no-require-imports */

function na(name: string, reason?: string) {
  const m = new analyzerPb.PolicyNotApplicable();
  m.setPolicyName(name);
  if (reason) m.setReason(reason);
  return m;
}

function response(diagnostics: number, entries: any[]) {
  const r = new analyzerPb.AnalyzeResponse();
  const ds = [];
  for (let i = 0; i < diagnostics; i++) {
    const d = new analyzerPb.AnalyzeDiagnostic();
    d.setPolicyname(`p${i}`);
    d.setMessage(`message ${i} é`);
    d.setUrn(`urn:pulumi:prod::shop::aws:s3/bucket:Bucket::b${i}`);
    ds.push(d);
  }
  r.setDiagnosticsList(ds);
  r.setNotApplicableList(entries);
  return r;
}

const cached = cachedNotApplicableService(AnalyzerService, analyzerPb.AnalyzeResponse);

describe("cachedNotApplicableService", () => {
  it("encodes Analyze responses to the generated serializer's bytes, with and without entries, repeated or not", () => {
    const reason = (t: string) => `Policy only applies to resources of type '${t}'`;
    const cases = [
      response(0, []),
      response(2, []),
      response(0, [na("a", reason("aws:s3/bucket:Bucket"))]),
      response(3, [na("a", reason("aws:s3/bucket:Bucket")), na("b"), na("c", "ünïcode"), na("a", reason("aws:s3/bucket:Bucket"))]),
      response(1, [na("a", reason("aws:s3/bucket:Bucket")), na("a", reason("aws:rds/instance:Instance"))]),
    ];
    for (const c of [...cases, ...cases]) {
      const want = AnalyzerService.analyze.responseSerialize(c);
      expect(cached.analyze.responseSerialize(c)).toEqual(want);
      // The response is left as it was.
      expect(AnalyzerService.analyze.responseSerialize(c)).toEqual(want);
    }
  });

  it("keys entries by every field the generated serializer writes", () => {
    // A new field in PolicyNotApplicable would be dropped by the cache: fail here instead.
    expect(Object.keys(na("a", "r").toObject()).sort()).toEqual(["policyName", "reason"]);
    expect(Object.keys(response(0, []).toObject()).sort()).toEqual(["diagnosticsList", "notApplicableList"]);
  });

  it("replaces only Analyze's response serializer", () => {
    expect(cached.analyze.requestDeserialize).toBe(AnalyzerService.analyze.requestDeserialize);
    expect(cached.analyzeStack).toBe(AnalyzerService.analyzeStack);
    expect(cachedNotApplicableService({ remediate: AnalyzerService.remediate }, analyzerPb.AnalyzeResponse)).toEqual({ remediate: AnalyzerService.remediate });
  });
});
