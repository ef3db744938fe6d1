// Runs a job once `delay` ms have passed without a new poke (autosave and the live check after typing).
// A poke costs one clock read: the timer is re-armed when it fires too early, not cleared and set again
// on every keystroke, which kept two timer calls in each keystroke's frame.
// The pause is measured on the monotonic clock (performance.now, HR-TIME §4): a wall clock that steps back
// (NTP, a clerk setting the date) would otherwise postpone the save by as long as the step.
export type AfterPause = { poke(): void; cancel(): void; pending(): boolean };

const monotonic = () => performance.now();

export function afterPause(delay: number, job: () => void, now: () => number = monotonic): AfterPause {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const elapsed = now() - last;
    const wait = elapsed < 0 ? 0 : delay - elapsed; // a clock that went back: the pause is over, not an hour away
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    job();
  };
  return {
    poke() {
      last = now();
      timer ??= setTimeout(fire, delay);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    pending: () => timer !== undefined,
  };
}
