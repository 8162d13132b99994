/** Runs `work` once the page is idle (or after 200 ms where the browser has no idle callback). */
export function whenIdle(work: () => void): void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
  idle(work);
}

/** Fetches a part loaded on demand once the page is idle, so it is at hand when first needed, even offline. */
export const prefetchWhenIdle = (load: () => Promise<unknown>) => whenIdle(() => void load().catch(() => undefined));
