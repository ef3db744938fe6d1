"use client";
// 审核台 in two tabs of one browser: the batch is one store (IndexedDB), so a tab that changes it says so
// on a BroadcastChannel and the others read it again — no tab goes on showing a batch that is gone or
// missing the files another tab added. A tab never hears its own messages.
const CHANNEL = "nianbao.review";
const TAB = Math.random().toString(36).slice(2);

let channel: BroadcastChannel | null | undefined;
const open = () => (channel ??= typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL));

/** This tab changed the stored batch (files added, roster, year, 清空). */
export function announceDeskChange(): void {
  open()?.postMessage({ tab: TAB });
}

/** Calls `callback` when another tab changed the stored batch; returns the unsubscribe. */
export function onOtherTabChange(callback: () => void): () => void {
  const c = open();
  if (!c) return () => undefined;
  const listener = (m: MessageEvent<{ tab?: string }>) => m.data?.tab !== TAB && callback();
  c.addEventListener("message", listener);
  return () => c.removeEventListener("message", listener);
}
