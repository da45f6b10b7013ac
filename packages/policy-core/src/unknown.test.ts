import { unknownCheckingProxy } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { has, isSet, items, peek, peekItems, read, requireKnown, show } from "./unknown";
import { isUnknownValueError } from "./unknown";

// The SDK's sentinel for an unknown string value (@pulumi/policy proxy.js unknownStringValue).
const U = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const props = unknownCheckingProxy({
  acl: "private",
  tags: U,
  versioning: { enabled: U },
  rules: [{ a: 1 }, U],
  nothing: null,
}) as Record<string, any>;

describe("unknown-safe readers on the SDK's proxy", () => {
  it("peek tells known, unknown and absent apart without throwing", () => {
    expect(peek(props, "acl")).toEqual({ state: "known", value: "private" });
    expect(peek(props, "tags")).toEqual({ state: "unknown", path: "tags" });
    expect(peek(props, "versioning.enabled")).toEqual({ state: "unknown", path: "versioning.enabled" });
    expect(peek(props, "missing.deep")).toEqual({ state: "absent" });
    expect(peek(props, "nothing")).toEqual({ state: "absent" });
    expect(peek(props, "rules.1")).toEqual({ state: "unknown", path: "rules.1" });
  });

  it("isSet passes for a set-but-unknown value, and has() never reads", () => {
    expect(isSet(props, "tags")).toBe(true);
    expect(isSet(props, "nothing")).toBe(false);
    expect(has(props, "tags")).toBe(true);
    expect(peek(props, "versioning.enabled").state).toBe("unknown");
  });

  it("read and items let the SDK's unknown-value error through", () => {
    expect(read(props, "acl")).toBe("private");
    expect(read(props, "missing")).toBeUndefined();
    let err: unknown;
    try {
      read(props, "tags");
    } catch (e) {
      err = e;
    }
    expect(isUnknownValueError(err)).toBe(true);
    expect(() => items(props, "rules")).toThrow(/can't be known during preview/);
    expect(() => requireKnown(props, "versioning")).toThrow(/versioning\.enabled/);
    expect(() => requireKnown(props, "acl")).not.toThrow();
  });

  it("peekItems separates known elements from unknown ones", () => {
    const r = peekItems<{ a: number }>(props, "rules");
    expect(r.unknown).toBe(true);
    expect(r.known.map((x) => x.a)).toEqual([1]);
  });

  it("show quotes and cuts values for messages", () => {
    expect(show("public-read")).toBe('"public-read"');
    expect(show("x".repeat(200), 10)).toHaveLength(10);
  });
});
