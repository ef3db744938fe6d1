// Bounded render work on the server: at most `active` renders run at once and at most `waiting` wait for
// a place; anything beyond is refused at once (503 + Retry-After), so a burst cannot pile up minutes of
// latency or memory on a 2-core intranet box. A waiting request gives up after `maxWaitMs`.
export type Queue = { run<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>; stats(): { active: number; waiting: number } };

export function createRenderQueue({ active = 2, waiting = 16, maxWaitMs = 8000 } = {}): Queue {
  let running = 0;
  const queue: { start: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  const next = () => {
    const w = queue.shift();
    if (!w) return;
    clearTimeout(w.timer);
    w.start();
  };

  const slot = (): Promise<boolean> => {
    if (running < active) {
      running++;
      return Promise.resolve(true);
    }
    if (queue.length >= waiting) return Promise.resolve(false);
    return new Promise((resolve) => {
      const entry = {
        start: () => {
          running++;
          resolve(true);
        },
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1);
          resolve(false);
        }, maxWaitMs),
      };
      queue.push(entry);
    });
  };

  return {
    async run(work) {
      if (!(await slot())) return { ok: false };
      try {
        return { ok: true, value: await work() };
      } finally {
        running--;
        next();
      }
    },
    stats: () => ({ active: running, waiting: queue.length }),
  };
}
