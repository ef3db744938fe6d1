// After a large file (a 20 MB entry of a zip), its buffers are garbage at once: collect them before the next
// file, so a batch of large files — three zip bombs — does not pile up garbage in the main thread and in
// every worker thread faster than V8 gets round to it (issue #23: 3 × 409 KB bombs, 1.66 GB). A full
// collection takes a few milliseconds; files of ordinary size never ask for one.
import v8 from "node:v8";
import vm from "node:vm";

const LARGE = 4 * 1024 * 1024;
let gc: (() => void) | null | undefined;

export function releaseAfter(size: number): void {
  if (size < LARGE) return;
  if (gc === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      gc = vm.runInNewContext("gc") as () => void;
    } catch {
      gc = null; // a runtime without it: V8 collects when it will
    }
  }
  gc?.();
}
