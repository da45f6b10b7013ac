import { describe, expect, it } from "vitest";
import { stackTurnOrder } from "./check";

const pack = (n: number) => ({ policies: Array.from({ length: n }, () => ({}) as never) });

describe("stackTurnOrder", () => {
  it("puts the pack with the most policies last and keeps the given order among equals", () => {
    expect(stackTurnOrder([pack(160), pack(12), pack(30), pack(12)])).toEqual([1, 3, 2, 0]);
  });

  it("returns every index once", () => {
    expect(stackTurnOrder([])).toEqual([]);
    expect(stackTurnOrder([pack(1)])).toEqual([0]);
  });
});
