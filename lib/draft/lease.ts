// One editor per draft, across the tabs of this browser (Web Locks): the first tab to open a draft holds
// its lease and edits; another tab waits read-only and may take the lease over (「在此窗口编辑」), which
// tells the first tab at once. Browsers without Web Locks: every tab edits, and revisions still keep
// writes from replacing each other's changes (drafts.ts).
export type Lease = { held: true; lost: Promise<void>; release: () => void } | { held: false };

const lockName = (id: string) => `nianbao.draft.${id}`;

export async function acquireLease(id: string, { steal = false } = {}): Promise<Lease> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  if (!locks) return { held: true, lost: new Promise(() => undefined), release: () => undefined };
  return new Promise<Lease>((resolve) => {
    let release!: () => void;
    const holding = new Promise<void>((r) => (release = r));
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    const request = locks.request(lockName(id), options, async (lock) => {
      if (!lock) return resolve({ held: false });
      granted = true;
      resolve({ held: true, lost, release });
      await holding;
    });
    // Stolen by another tab: the request rejects (AbortError); released by us: it resolves. Refused before it
    // was granted (SecurityError: site data blocked by policy): this tab edits, as without Web Locks.
    let granted = false;
    void request.catch(() => !granted && resolve({ held: true, lost: new Promise(() => undefined), release: () => undefined }));
    const lost = request.then(
      () => new Promise<void>(() => undefined),
      () => undefined,
    );
  });
}
