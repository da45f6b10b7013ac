import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { lazyStructService } from "./lazy-structs";

/* eslint-disable @typescript-eslint/no-require-imports */
const sdkDir = path.dirname(require.resolve("@pulumi/policy"));
const analyzerPbPath = require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [sdkDir] });
const analyzerPb = require(analyzerPbPath);
const { AnalyzerService } = require(require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb", { paths: [sdkDir] }));
const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [path.dirname(analyzerPbPath)] }));
const { BinaryReader } = require(require.resolve("google-protobuf", { paths: [path.dirname(analyzerPbPath)] }));
/* eslint-enable @typescript-eslint/no-require-imports */

const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "hunter2" };

function request(n: number): Buffer {
  const req = new analyzerPb.AnalyzeStackRequest();
  const list = [];
  for (let i = 0; i < n; i++) {
    const r = new analyzerPb.AnalyzerResource();
    r.setType(i % 2 ? "aws:s3/bucket:Bucket" : "aws:rds/instance:Instance");
    r.setUrn(`urn:pulumi:prod::shop::aws:s3/bucket:Bucket::b${i}`);
    r.setName(`b${i}`);
    r.setProperties(
      Struct.fromJavaScript({
        bucket: `b${i}`,
        tags: { env: "prod", n: i },
        rules: [{ days: 30, enabled: true }, null, "x"],
        password: SECRET,
        empty: {},
      }),
    );
    const prov = new analyzerPb.AnalyzerProviderResource();
    prov.setType("pulumi:providers:aws");
    prov.setName("default");
    prov.setUrn("urn:pulumi:prod::shop::pulumi:providers:aws::default");
    prov.setProperties(Struct.fromJavaScript({ region: "eu-west-1", version: "7.0.0" }));
    r.setProvider(prov);
    r.setDependenciesList([`urn:pulumi:prod::shop::aws:kms/key:Key::k${i}`]);
    list.push(r);
  }
  req.setResourcesList(list);
  return Buffer.from(req.serializeBinary());
}

const lazy = lazyStructService(AnalyzerService, analyzerPbPath);
const plain = (req: any) =>
  req.getResourcesList().map((r: any) => ({
    type: r.getType(),
    urn: r.getUrn(),
    props: r.getProperties().toJavaScript(),
    provider: r.getProvider().getProperties().toJavaScript(),
    deps: r.getDependenciesList(),
  }));

describe("lazyStructService", () => {
  const bytes = request(25);

  it("replaces only Analyze's and AnalyzeStack's request deserializers and leaves the definition it was given alone", () => {
    expect(lazy).not.toBe(AnalyzerService);
    expect(lazy.analyzeStack.requestDeserialize).not.toBe(AnalyzerService.analyzeStack.requestDeserialize);
    expect(lazy.analyze.requestDeserialize).not.toBe(AnalyzerService.analyze.requestDeserialize);
    expect(lazy.analyze.path).toBe(AnalyzerService.analyze.path);
    expect(lazy.remediate).toBe(AnalyzerService.remediate);
    expect(lazy.getAnalyzerInfo).toBe(AnalyzerService.getAnalyzerInfo);
    expect(lazy.analyzeStack.path).toBe(AnalyzerService.analyzeStack.path);
    expect(AnalyzerService.analyzeStack.requestDeserialize(bytes)).toBeInstanceOf(analyzerPb.AnalyzeStackRequest);
  });

  it("decodes to the same values as the generated protos, secrets included", () => {
    const eager = plain(AnalyzerService.analyzeStack.requestDeserialize(bytes));
    expect(plain(lazy.analyzeStack.requestDeserialize(bytes))).toEqual(eager);
    expect(eager[3].props.password).toEqual(SECRET);
  });

  it("decodes a Struct only when it is read, straight to the plain value, and restores the generated reader", () => {
    const original = Struct.deserializeBinaryFromReader;
    const tree = vi.spyOn(Struct, "deserializeBinary");
    const strings = vi.spyOn(BinaryReader.prototype, "readString");
    try {
      const req = lazy.analyzeStack.requestDeserialize(bytes);
      expect(Struct.deserializeBinaryFromReader).toBe(original);
      const first = req.getResourcesList()[0];
      const before = strings.mock.calls.length;
      expect(first.getProperties().toJavaScript().bucket).toBe("b0");
      // Read only now (the property names and strings of this one Struct), without a message tree.
      expect(strings.mock.calls.length).toBeGreaterThan(before);
      expect(tree).not.toHaveBeenCalled();
    } finally {
      tree.mockRestore();
      strings.mockRestore();
    }
  });

  it("decodes into the message for any other method, so the message behaves as the generated one", () => {
    const req = lazy.analyzeStack.requestDeserialize(bytes);
    const props = req.getResourcesList()[1].getProperties();
    expect(props.getFieldsMap().get("bucket").getStringValue()).toBe("b1");
    expect(props.toJavaScript().tags).toEqual({ env: "prod", n: 1 });
    // The whole request serializes back to the bytes it came from.
    const again = lazy.analyzeStack.requestDeserialize(bytes);
    expect(Buffer.from(again.serializeBinary())).toEqual(bytes);
  });

  it("decodes an Analyze request to the same values as the generated protos", () => {
    const r = analyzerPb.AnalyzeStackRequest.deserializeBinary(bytes).getResourcesList()[3];
    const req = new analyzerPb.AnalyzeRequest();
    req.setType(r.getType());
    req.setUrn(r.getUrn());
    req.setName(r.getName());
    req.setProperties(r.getProperties());
    req.setProvider(r.getProvider());
    const wire = Buffer.from(req.serializeBinary());
    const read = (q: any) => ({ type: q.getType(), props: q.getProperties().toJavaScript(), provider: q.getProvider().getProperties().toJavaScript() });
    expect(read(lazy.analyze.requestDeserialize(wire))).toEqual(read(AnalyzerService.analyze.requestDeserialize(wire)));
    expect(read(lazy.analyze.requestDeserialize(wire)).props.password).toEqual(SECRET);
  });

  it("gives the service unchanged when it has neither method", () => {
    const other = { remediate: AnalyzerService.remediate };
    expect(lazyStructService(other, analyzerPbPath)).toBe(other);
  });

  it("covers every use @pulumi/policy makes of a request struct: only toJavaScript", () => {
    // server.js hands request structs to deserializeProperties or calls toJavaScript on them;
    // deserialize.js calls only toJavaScript. A new SDK that reads them otherwise fails here.
    const server = fs.readFileSync(path.join(sdkDir, "server.js"), "utf8");
    const uses = server.match(/.{0,40}getProperties\(\).{0,16}/g) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/deserializeProperties\([^()]*getProperties\(\)|getProperties\(\)\.toJavaScript\(\)/);
    const deserialize = fs.readFileSync(path.join(sdkDir, "deserialize.js"), "utf8");
    expect(deserialize.match(/outputsStruct\.\w+/g)).toEqual(["outputsStruct.toJavaScript"]);
  });
});
