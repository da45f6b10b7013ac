/**
 * Lazy `google.protobuf.Struct` decoding for Analyze and AnalyzeStack requests.
 *
 * The engine sends the whole stack as one AnalyzeStack message (every resource's outputs, and its
 * provider's properties again for every resource). @pulumi/policy's server decodes it with
 * @pulumi/pulumi's generated protos (google-protobuf), which build a message tree of it: a Struct,
 * a map entry and a Value object per property. Measured on the bench workload (20,000 resources,
 * an 18.8 MB request, node 20, heap used after GC): 393 MB of heap for the tree, about 20 times the request's bytes,
 * held for the whole request, once per pack process.
 *
 * `lazyStructService` gives the pack's gRPC service definition Analyze and AnalyzeStack request
 * deserializers that still use the generated protos for every message but leave each Struct
 * field undecoded: the Struct message keeps the bytes of its field (a view of the request buffer,
 * not a copy) and decodes them only when `toJavaScript` is called, straight to the plain value
 * (struct-decode.ts: the same google-protobuf reader, no message tree). `toJavaScript` is all
 * @pulumi/policy 1.21 and rampart call on request structs (server.js and deserialize.js; a
 * policy-core test pins it). Any other method of the message (`getFieldsMap`, `toArray`,
 * `serializeBinary`, ...) first decodes the bytes into the message itself, so the message behaves
 * as the generated one does. Analyze gets the same decoding since the direct decoder: a resource's
 * properties are converted once per request (deserialize-cache.ts) without the tree the
 * generated reader builds for every request.
 *
 * Same bench workload after: 120 MB of heap for the request with lazy structs (the AnalyzerResource
 * messages with their URNs, types, options and struct views), 139 MB with every resource's properties
 * converted to plain values and held. Since lazy Structs share one prototype instead of carrying
 * their own methods: an aws-security pack answering AnalyzeStack for 20,000 resources holds 164 MB
 * of heap after GC instead of 209 MB (heap snapshot, node 20).
 */
import * as path from "node:path";
import { type BinaryReaderLike, structToJavaScript } from "./struct-decode";

/** The generated Struct class of google-protobuf (the parts used here). */
interface StructClass {
  deserializeBinary(bytes: Uint8Array): { toJavaScript(): unknown };
  deserializeBinaryFromReader(msg: any, reader: any): any;
  prototype: { toJavaScript(): unknown };
}

/** google-protobuf's BinaryReader constructor. */
type ReaderClass = new (bytes: Uint8Array) => unknown;

/** A gRPC method definition as grpc-js `addService` takes it (the parts used here). */
interface MethodDefinition {
  requestDeserialize: (bytes: Buffer) => unknown;
  [k: string]: unknown;
}

/** The Struct and BinaryReader classes of the google-protobuf that @pulumi/pulumi's generated analyzer protos use, or undefined. */
function protobufOf(analyzerPbPath: string): { S: StructClass; Reader: ReaderClass } | undefined {
  const paths = [path.dirname(analyzerPbPath)];
  /* eslint-disable @typescript-eslint/no-require-imports */
  const S = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths }))?.Struct;
  const Reader = require(require.resolve("google-protobuf", { paths }))?.BinaryReader;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ok =
    typeof S?.deserializeBinary === "function" &&
    typeof S?.deserializeBinaryFromReader === "function" &&
    typeof S?.prototype?.toJavaScript === "function" &&
    typeof Reader === "function" &&
    ["nextField", "isEndGroup", "skipField", "getCursor", "getBuffer"].every((m) => typeof Reader.prototype[m] === "function");
  return ok ? { S, Reader } : undefined;
}

/** The methods of a lazy Struct that decode its bytes into the message before they run. */
const MATERIALIZING = ["getFieldsMap", "clearFieldsMap", "toArray", "toObject", "serializeBinary", "cloneMessage", "clone", "toString", "getJsPbMessageId"];

/** Where a lazy Struct keeps the bytes of its field until it is decoded. */
const BYTES = Symbol("rampart.lazy-struct.bytes");

/**
 * The prototype of lazy Structs: a Struct prototype whose `toJavaScript` decodes the recorded
 * bytes into a transient message, and whose materializing methods first decode the bytes into the
 * message itself and give it back the generated prototype. Made once per Struct class, so a lazy
 * Struct costs one object and one reference to its bytes (per-message closures cost about a
 * kilobyte a Struct: 19 % of an aws-security pack's heap at 20,000 resources).
 */
function lazyPrototype(S: StructClass, Reader: ReaderClass, original: StructClass["deserializeBinaryFromReader"]): object {
  const proto: Record<string | symbol, unknown> = Object.create(S.prototype);
  const materialize = (msg: any) => {
    const bytes: Uint8Array | undefined = msg[BYTES];
    if (!bytes) return;
    delete msg[BYTES];
    Object.setPrototypeOf(msg, S.prototype);
    // The generated reader over these bytes alone, into this message.
    original(msg, new Reader(bytes));
  };
  // Not materialized: decoded straight to the plain value (struct-decode.ts), no message tree.
  proto.toJavaScript = function (this: any) {
    const bytes: Uint8Array | undefined = this[BYTES];
    return bytes ? structToJavaScript(new Reader(bytes) as BinaryReaderLike) : S.prototype.toJavaScript.call(this);
  };
  for (const m of MATERIALIZING) {
    const fn = (S.prototype as any)[m];
    if (typeof fn !== "function") continue;
    proto[m] = function (this: unknown, ...args: unknown[]) {
      materialize(this);
      return fn.apply(this, args);
    };
  }
  return proto;
}

/**
 * A `deserializeBinaryFromReader` for Struct that records the field's bytes instead of decoding
 * them. It reads the Struct's entries only to skip them (public BinaryReader API: nextField,
 * isEndGroup, skipField, getCursor, getBuffer), so the reader is left where the original leaves it.
 */
function lazyReader(S: StructClass, Reader: ReaderClass, original: StructClass["deserializeBinaryFromReader"]) {
  const proto = lazyPrototype(S, Reader, original);
  return function (msg: any, reader: any): any {
    const start: number = reader.getCursor();
    while (reader.nextField()) {
      if (reader.isEndGroup()) break;
      reader.skipField();
    }
    msg[BYTES] = reader.getBuffer().subarray(start, reader.getCursor());
    Object.setPrototypeOf(msg, proto);
    return msg;
  };
}

/** The methods whose requests are decoded with lazy Structs: @pulumi/policy reads their structs only with `toJavaScript`. */
const LAZY_METHODS = ["analyze", "analyzeStack"] as const;

/**
 * The service definition `service` with Analyze and AnalyzeStack request deserializers that decode
 * Struct fields lazily (see the module comment). Returns `service` itself when it has neither
 * method or google-protobuf does not have the expected shape. Does not modify `service`.
 *
 * @param service the Analyzer service definition @pulumi/policy registers (analyzer_grpc_pb's `AnalyzerService`).
 * @param analyzerPbPath the resolved path of @pulumi/pulumi's `proto/analyzer_pb.js` the SDK uses.
 */
export function lazyStructService<T extends object>(service: T, analyzerPbPath: string): T {
  const methods = LAZY_METHODS.filter(
    (m) => typeof ((service as Record<string, unknown>)[m] as MethodDefinition | undefined)?.requestDeserialize === "function",
  );
  if (methods.length === 0) return service;
  const pb = protobufOf(analyzerPbPath);
  if (!pb) return service;
  const { S, Reader } = pb;
  const original = S.deserializeBinaryFromReader;
  const lazy = lazyReader(S, Reader, original);
  const out: Record<string, unknown> = { ...(service as Record<string, unknown>) };
  for (const m of methods) {
    const method = (service as Record<string, unknown>)[m] as MethodDefinition;
    const eager = method.requestDeserialize;
    const requestDeserialize = (bytes: Buffer) => {
      // Synchronous: only this request's decoding sees the lazy reader.
      S.deserializeBinaryFromReader = lazy;
      try {
        return eager(bytes);
      } finally {
        S.deserializeBinaryFromReader = original;
      }
    };
    out[m] = { ...method, requestDeserialize };
  }
  return out as T;
}
