import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterPause } from "./after-pause";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("afterPause", () => {
  it("runs once, `delay` after the last poke, however many pokes came before", () => {
    const job = vi.fn();
    const p = afterPause(150, job);
    for (let i = 0; i < 10; i++) {
      p.poke();
      vi.advanceTimersByTime(120); // a key every 120 ms: never a 150 ms pause
    }
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(29);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(job).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledTimes(1);
    expect(p.pending()).toBe(false);
  });

  it("runs again after a later poke, and not at all once cancelled", () => {
    const job = vi.fn();
    const p = afterPause(500, job);
    p.poke();
    vi.advanceTimersByTime(500);
    p.poke();
    expect(p.pending()).toBe(true);
    vi.advanceTimersByTime(499);
    p.cancel();
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
