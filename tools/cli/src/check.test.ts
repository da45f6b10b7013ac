import { describe, expect, it } from "vitest";
import { oneAtATime } from "./check";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("oneAtATime", () => {
  it("runs each function only after the one before it has settled, in the order given", async () => {
    const turn = oneAtATime();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (name: string, fail = false) =>
      turn(async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        running--;
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job("a"), job("b", true), job("c")]);
    expect(most).toBe(1);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[2] as PromiseFulfilledResult<string>).value).toBe("c");
  });
});
