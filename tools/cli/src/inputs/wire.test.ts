import { describe, expect, it } from "vitest";
import { SECRET_SIG, SIG_KEY } from "@rampart/engine-client";
import { REDACTED_SECRET, toWire } from "./wire";

describe("toWire", () => {
  it("returns plain values as they are, without copying them", () => {
    const v = { a: 1, b: ["x", { c: true, d: null }], e: { f: "g" } };
    expect(toWire(v)).toBe(v);
  });

  it("copies only the objects and arrays on the path to a converted or dropped part", () => {
    const plain = { keep: ["same"] };
    const v = {
      first: "1",
      plain,
      list: [1, { [SIG_KEY]: SECRET_SIG, ciphertext: "AAA" }],
      nested: { __defaults: ["first"], first: "x" },
    };
    const w = toWire(v) as Record<string, any>;
    expect(w).not.toBe(v);
    expect(w.plain).toBe(plain);
    expect(Object.keys(w)).toEqual(["first", "plain", "list", "nested"]);
    expect(w.list).not.toBe(v.list);
    expect(w.list[1]).toEqual({ [SIG_KEY]: SECRET_SIG, value: REDACTED_SECRET });
    expect(w.nested).toEqual({ first: "x" });
    // The input is left as it was.
    expect(v.list[1]).toEqual({ [SIG_KEY]: SECRET_SIG, ciphertext: "AAA" });
    expect(v.nested).toEqual({ __defaults: ["first"], first: "x" });
  });

  it("drops a leading internal key, keeping the keys after it", () => {
    expect(toWire({ __meta: "{}", a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
  });
});
