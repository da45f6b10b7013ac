import { describe, expect, it } from "vitest";
import { EngineResource, serializeAnalyzeStackRequest, toAnalyzeStackRequest, preSerializedStackRequest } from "./proto";

const provider = { type: "pulumi:providers:aws", name: "default", urn: "urn:pulumi:prod::shop::pulumi:providers:aws::default", props: { region: "eu-west-1" } };
const resources: EngineResource[] = [
  { type: "pulumi:pulumi:Stack", name: "shop-prod", urn: "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod", props: {} },
  {
    type: "aws:s3/bucket:Bucket",
    name: "b",
    urn: "urn:pulumi:prod::shop::aws:s3/bucket:Bucket::b",
    // A long value makes the element longer than 127 bytes (a two-byte length varint).
    props: { bucket: "b".repeat(300), tags: { env: "prod" }, n: 3, list: [1, "x", null, true] },
    provider,
    parent: "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod",
    dependencies: ["urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod"],
    propertyDependencies: { bucket: ["urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod"] },
    options: { protect: true, ignoreChanges: ["tags"], customTimeouts: { create: 60 } },
  },
];

describe("serializeAnalyzeStackRequest", () => {
  it("encodes the same bytes as the message tree, resource by resource", () => {
    expect(Buffer.from(serializeAnalyzeStackRequest(resources))).toEqual(Buffer.from(toAnalyzeStackRequest(resources).serializeBinary()));
    expect(serializeAnalyzeStackRequest([]).length).toBe(0);
  });
  it("gives a request object that serializes to those bytes", () => {
    const bytes = serializeAnalyzeStackRequest(resources);
    expect(preSerializedStackRequest(bytes).serializeBinary()).toBe(bytes);
  });
});
