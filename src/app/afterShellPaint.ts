/**
 * Starts the app once the header written into the page has been painted, where it is shown: otherwise the app's
 * first render, in slices but back to back, can hold that first paint back until the app has drawn itself, and
 * a visitor on a slow phone stares at a blank page instead of the title. The wait is one frame; a page opened
 * in the background (no frames) or without that header starts at once.
 */
export function afterShellPaint(start: () => void, doc: Document = document, win: Window = window) {
  const shellShown = doc.getElementById('app-shell') !== null && !doc.documentElement.classList.contains('without-shell');
  if (!shellShown || doc.visibilityState === 'hidden') return start();
  // A frame callback runs just before that frame is painted; a task queued from it runs after.
  win.requestAnimationFrame(() => win.setTimeout(start, 0));
}
