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

describe("afterPause and the clocks", () => {
  it("is not held up by a wall clock that steps back an hour after the last poke (the pause is on the monotonic clock)", () => {
    const job = vi.fn();
    const p = afterPause(500, job);
    p.poke();
    vi.advanceTimersByTime(100);
    p.poke();
    vi.setSystemTime(Date.now() - 3_600_000); // Date.now() jumps back; performance.now() does not
    vi.advanceTimersByTime(500);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it("fires at once when its clock reads earlier than the last poke (a clock that is not monotonic)", () => {
    const job = vi.fn();
    let t = 10_000;
    const p = afterPause(500, job, () => t);
    p.poke();
    t -= 3_600_000;
    vi.advanceTimersByTime(500);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
