import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BinaryReaderLike, structToJavaScript } from "./struct-decode";

/* eslint-disable @typescript-eslint/no-require-imports */
const sdkDir = path.dirname(require.resolve("@pulumi/policy"));
const pbDir = path.dirname(require.resolve("@pulumi/pulumi/proto/analyzer_pb", { paths: [sdkDir] }));
const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pbDir] }));
const { BinaryReader, BinaryWriter } = require(require.resolve("google-protobuf", { paths: [pbDir] }));
/* eslint-enable @typescript-eslint/no-require-imports */

/** What the generated protos give for these bytes (or the error they throw). */
function generated(bytes: Uint8Array): unknown {
  try {
    return { value: Struct.deserializeBinary(bytes).toJavaScript() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function direct(bytes: Uint8Array): unknown {
  try {
    return { value: structToJavaScript(new BinaryReader(bytes) as BinaryReaderLike) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Same value, same key order at every level, same prototypes. */
function same(bytes: Uint8Array) {
  const a = generated(bytes);
  const b = direct(bytes);
  expect(b).toEqual(a);
  const shape = (v: unknown): unknown =>
    v && typeof v === "object"
      ? { proto: Object.getPrototypeOf(v) === Object.prototype || Array.isArray(v), keys: Object.keys(v), children: Object.values(v).map(shape) }
      : typeof v;
  expect(shape(b)).toEqual(shape(a));
}

/** Raw wire writers: a Struct's entries as given (order, repeats and omissions kept). */
type RawValue = { f: 1 | 2 | 3 | 4; v: unknown } | { f: 5; v: RawEntry[] } | { f: 6; v: RawValue[][] } | { f: 9; v: string };
type RawEntry = { key?: string; values: RawValue[][] };

function writeValue(w: any, fields: RawValue[]) {
  for (const x of fields) {
    if (x.f === 1) w.writeEnum(1, 0);
    else if (x.f === 2) w.writeDouble(2, x.v as number);
    else if (x.f === 3) w.writeString(3, x.v as string);
    else if (x.f === 4) w.writeBool(4, x.v as boolean);
    else if (x.f === 5) w.writeMessage(5, x.v, (e: RawEntry[], ww: any) => writeStruct(ww, e));
    else if (x.f === 6)
      w.writeMessage(6, x.v, (l: RawValue[][], ww: any) => l.forEach((el) => ww.writeMessage(1, el, (f: RawValue[], w3: any) => writeValue(w3, f))));
    else w.writeString(x.f, x.v as string);
  }
}

function writeStruct(w: any, entries: RawEntry[]) {
  for (const e of entries) {
    w.writeMessage(1, e, (en: RawEntry, ww: any) => {
      if (en.key !== undefined) ww.writeString(1, en.key);
      for (const v of en.values) ww.writeMessage(2, v, (f: RawValue[], w3: any) => writeValue(w3, f));
    });
  }
}

function raw(entries: RawEntry[]): Uint8Array {
  const w = new BinaryWriter();
  writeStruct(w, entries);
  return w.getResultBuffer();
}

const key = fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "toString", "0", "10", "2", "", "a", "b"));

describe("structToJavaScript", () => {
  it("gives what the generated protos give for any JSON object", () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 4 })), (obj) => {
        same(Struct.fromJavaScript(obj).serializeBinary());
      }),
      { numRuns: 300 },
    );
  });

  it("gives what the generated protos give for raw entries: unsorted, repeated, without key or value, merged, unknown fields", () => {
    const scalar: fc.Arbitrary<RawValue> = fc.oneof(
      fc.constant({ f: 1 as const, v: null }),
      fc.double({ noNaN: true }).map((v) => ({ f: 2 as const, v })),
      fc.string().map((v) => ({ f: 3 as const, v })),
      fc.boolean().map((v) => ({ f: 4 as const, v })),
      fc.string().map((v) => ({ f: 9 as const, v })),
    );
    const tree = fc.letrec<{ value: RawValue; entry: RawEntry }>((tie) => ({
      value: fc.oneof(
        { maxDepth: 3 },
        scalar,
        fc.array(tie("entry"), { maxLength: 3 }).map((v) => ({ f: 5 as const, v })),
        fc.array(fc.array(tie("value"), { maxLength: 2 }), { maxLength: 3 }).map((v) => ({ f: 6 as const, v })),
      ),
      entry: fc.record({ key: fc.option(key, { nil: undefined }), values: fc.array(fc.array(tie("value"), { maxLength: 2 }), { maxLength: 2 }) }),
    }));
    fc.assert(
      fc.property(fc.array(tree.entry, { maxLength: 6 }), (entries) => {
        same(raw(entries));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the rules it documents", () => {
    const s = (v: string): RawValue[] => [{ f: 3, v }];
    expect(
      direct(
        raw([
          { key: "b", values: [s("1")] },
          { key: "a", values: [s("2")] },
          { key: "b", values: [s("3")] },
        ]),
      ),
    ).toEqual({ value: { a: "2", b: "3" } });
    expect(direct(raw([{ values: [s("x")] }]))).toEqual({ value: { "": "x" } });
    expect(direct(raw([{ key: "k", values: [[{ f: 2, v: 1 }], []] }]))).toEqual({ value: { k: 1 } });
    expect(direct(raw([{ key: "k", values: [] }]))).toEqual({ error: "Unexpected struct type" });
    expect(direct(raw([{ key: "k", values: [[{ f: 6, v: [[]] }]] }]))).toEqual({ error: "Unexpected struct type" });
  });
});
