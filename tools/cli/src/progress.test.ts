import { afterEach, describe, expect, it, vi } from "vitest";
import { processIo } from "./io";
import { Progress } from "./progress";

afterEach(() => vi.useRealTimers());

describe("Progress", () => {
  it("draws nothing when the stream is not a terminal, however long the check takes", () => {
    vi.useFakeTimers();
    let written = "";
    const p = new Progress({ write: (t) => void (written += t), isTTY: false }, "checking").start();
    p.update(1, 10);
    vi.advanceTimersByTime(10_000);
    p.stop();
    expect(written).toBe("");
  });

  it("on a terminal, draws after one second and erases its line at the end", () => {
    vi.useFakeTimers();
    let written = "";
    const p = new Progress({ write: (t) => void (written += t), isTTY: true }, "checking 4 resources").start();
    p.update(2, 5);
    vi.advanceTimersByTime(900);
    expect(written).toBe("");
    vi.advanceTimersByTime(200);
    // eslint-disable-next-line no-control-regex -- the erase-line sequence
    expect(written).toMatch(/\r\x1b\[K. checking 4 resources 2\/5$/);
    p.stop();
    expect(written.endsWith("\r\x1b[K")).toBe(true);
  });

  it("a quick check on a terminal draws nothing", () => {
    vi.useFakeTimers();
    let written = "";
    const p = new Progress({ write: (t) => void (written += t), isTTY: true }, "checking").start();
    vi.advanceTimersByTime(500);
    p.stop();
    expect(written).toBe("");
  });
});

describe("processIo", () => {
  it("reports stderr as a terminal only when it is one", () => {
    expect(processIo().stderrIsTTY).toBe(!!process.stderr.isTTY);
  });
});
