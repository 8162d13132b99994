/** How long a written header that never reports a paint (a page opened in the background) may stay hidden. */
export const SHELL_GRACE_MS = 5000;

/**
 * Hides the header the build wrote into the page, in the frame where the app draws its own, and removes it once
 * the browser has timed its paint. Removed before its paint was timed, the header is not counted as the largest
 * paint, and the browser times the app's identical header instead: later by the whole startup on a slow phone.
 */
export function retireShell(shell: HTMLElement | null, later: (done: () => void, ms: number) => unknown = setTimeout) {
  if (!shell || shell.classList.contains('app-shell--retired')) return;
  shell.classList.add('app-shell--retired');
  // Its copy of the columns goes now: an explorer mounted meanwhile (a file opened) must measure its own.
  shell.querySelector('.app-shell__probe')?.remove();
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    return shell.remove();
  }
  // The first entry, buffered or new, means the paints so far are timed: the header's, if it was ever painted.
  const observer = new PerformanceObserver(() => remove());
  const remove = () => {
    observer.disconnect();
    shell.remove(); // a no-op the second time, when the grace period ends after the paint was timed
  };
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  later(remove, SHELL_GRACE_MS);
}
