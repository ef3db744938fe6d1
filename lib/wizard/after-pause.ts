// Runs a job once `delay` ms have passed without a new poke (autosave and the live check after typing).
// A poke costs one clock read: the timer is re-armed when it fires too early, not cleared and set again
// on every keystroke, which kept two timer calls in each keystroke's frame.
export type AfterPause = { poke(): void; cancel(): void; pending(): boolean };

export function afterPause(delay: number, job: () => void): AfterPause {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const wait = last + delay - Date.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    job();
  };
  return {
    poke() {
      last = Date.now();
      timer ??= setTimeout(fire, delay);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    pending: () => timer !== undefined,
  };
}
