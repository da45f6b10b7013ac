/**
 * `google.protobuf.Struct` bytes to a plain value, without building the message tree.
 *
 * The generated protos (google-protobuf 3.21, `struct_pb.js`) turn a Struct into a message tree
 * (a Struct, a map entry and a Value object per property, each a jspb.Message with its own
 * arrays) and `toJavaScript` then walks the tree into a plain value. Measured on the bench's
 * AnalyzeStack of 2,299 resources (aws-security, CPU profile of the pack, node 20): building and
 * walking those trees was 55 ms of a 190 ms request, and most of the garbage collector's 65 ms.
 * `structToJavaScript` reads the same fields with the same google-protobuf `BinaryReader`
 * (so strings, doubles and varints are decoded by the library's own code) and gives the value
 * `Struct.prototype.toJavaScript` gives, with its semantics (struct_pb.js and google-protobuf's
 * `jspb.Map`):
 * - a Struct's keys in sorted order (`jspb.Map#forEach` sorts them), a repeated key's last value;
 *   an entry with the key `__proto__` is dropped (jspb.Map's plain-object store loses it);
 * - a map entry without a key has the key `""`; repeated value fields of one entry merge into one
 *   Value, in which the last `kind` wins; an entry or list element whose Value has no kind throws
 *   `Error("Unexpected struct type")`, as `Value.prototype.toJavaScript` does;
 * - `null_value` (field 1) is `null`, `number_value` (2) a double, `string_value` (3) a string,
 *   `bool_value` (4) a boolean, `struct_value` (5) an object, `list_value` (6) an array; unknown
 *   fields are skipped. Field numbers: google/protobuf/struct.proto.
 */

/** The parts of google-protobuf's `jspb.BinaryReader` used here (all public API). */
export interface BinaryReaderLike {
  nextField(): boolean;
  isEndGroup(): boolean;
  getFieldNumber(): number;
  skipField(): void;
  readString(): string;
  readDouble(): number;
  readBool(): boolean;
  readEnum(): number;
  /** Reads a length-delimited field as a sub-message: calls `read(target, this)` bounded to it. */
  readMessage<T>(target: T, read: (target: T, reader: BinaryReaderLike) => void): void;
}

/** The value of a Value message while it is read; `kind` 0 until a kind field is seen. */
interface ValueState {
  kind: number;
  value: unknown;
}

/** A boxed result for `readMessage`, which returns nothing. */
interface Box {
  value: unknown;
}

const UNEXPECTED = "Unexpected struct type";

/**
 * Stands for a value that holds a Value without a kind. The generated code throws only when it
 * converts such a value, and a later field of the same Value may replace it, so the error waits
 * until the value is part of the result.
 */
const INVALID: unique symbol = Symbol("rampart.struct-decode.invalid");

/** Reads the fields of one Value message into `state` (merging, as the generated reader does). */
function readValue(state: ValueState, r: BinaryReaderLike): void {
  while (r.nextField()) {
    if (r.isEndGroup()) break;
    switch (r.getFieldNumber()) {
      case 1:
        r.readEnum();
        state.kind = 1;
        state.value = null;
        break;
      case 2:
        state.value = r.readDouble();
        state.kind = 2;
        break;
      case 3:
        state.value = r.readString();
        state.kind = 3;
        break;
      case 4:
        state.value = r.readBool();
        state.kind = 4;
        break;
      case 5: {
        // A new Struct each time (the generated reader sets a fresh message: the last one wins).
        const box: Box = { value: undefined };
        r.readMessage(box, readStructInto);
        state.value = box.value;
        state.kind = 5;
        break;
      }
      case 6: {
        const box: Box = { value: undefined };
        r.readMessage(box, readListInto);
        state.value = box.value;
        state.kind = 6;
        break;
      }
      default:
        r.skipField();
    }
  }
}

function readStructInto(box: Box, r: BinaryReaderLike): void {
  box.value = readStruct(r);
}

function readListInto(box: Box, r: BinaryReaderLike): void {
  const out: unknown[] = [];
  let invalid = false;
  while (r.nextField()) {
    if (r.isEndGroup()) break;
    if (r.getFieldNumber() !== 1) {
      r.skipField();
      continue;
    }
    const state: ValueState = { kind: 0, value: undefined };
    r.readMessage(state, readValue);
    if (state.kind === 0 || state.value === INVALID) invalid = true;
    out.push(state.value);
  }
  box.value = invalid ? INVALID : out;
}

/** One map entry: key (field 1) and value (field 2), as `jspb.Map.deserializeBinary` reads it. */
interface Entry {
  key: string;
  state: ValueState;
}

function readEntry(entry: Entry, r: BinaryReaderLike): void {
  while (r.nextField()) {
    if (r.isEndGroup()) break;
    const f = r.getFieldNumber();
    if (f === 1) entry.key = r.readString();
    else if (f === 2) r.readMessage(entry.state, readValue);
    else r.skipField();
  }
}

/**
 * Reads the fields of a Struct message from `reader` (positioned at its first field, bounded to
 * it) and returns what `Struct.deserializeBinary(bytes).toJavaScript()` returns.
 *
 * @throws Error("Unexpected struct type") for a Value without a kind, as the generated code does.
 */
export function structToJavaScript(reader: BinaryReaderLike): Record<string, unknown> {
  const value = readStruct(reader);
  if (value === INVALID) throw new Error(UNEXPECTED);
  return value;
}

function readStruct(reader: BinaryReaderLike): Record<string, unknown> | typeof INVALID {
  const keys: string[] = [];
  const values: unknown[] = [];
  let ordered = true;
  while (reader.nextField()) {
    if (reader.isEndGroup()) break;
    if (reader.getFieldNumber() !== 1) {
      reader.skipField();
      continue;
    }
    const entry: Entry = { key: "", state: { kind: 0, value: undefined } };
    reader.readMessage(entry, readEntry);
    // jspb.Map keeps entries in a plain object keyed by the key: "__proto__" sets that object's
    // prototype instead, so the generated code drops the entry (value, error and all).
    if (entry.key === "__proto__") continue;
    // Strictly increasing keys: sorted and without repeats (the engine's usual output).
    if (ordered && keys.length > 0 && !(entry.key > keys[keys.length - 1])) ordered = false;
    keys.push(entry.key);
    values.push(entry.state.kind === 0 ? INVALID : entry.state.value);
  }
  const ret: Record<string, unknown> = {};
  if (ordered) {
    for (let i = 0; i < keys.length; i++) {
      if (values[i] === INVALID) return INVALID;
      ret[keys[i]] = values[i];
    }
    return ret;
  }
  // The generated path: a map (a repeated key keeps its last value), iterated in sorted key order.
  const byKey = new Map<string, unknown>();
  for (let i = 0; i < keys.length; i++) byKey.set(keys[i], values[i]);
  for (const k of [...byKey.keys()].sort()) {
    const v = byKey.get(k);
    if (v === INVALID) return INVALID;
    ret[k] = v;
  }
  return ret;
}
