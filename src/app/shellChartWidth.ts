/** The id of the empty copy of the charts' column in the header the build writes into the page (scripts/sharePages.ts). */
export const SHELL_CHART_WIDTH_ID = 'app-shell-chart-width';

/**
 * How wide the charts will be, measured on that written copy of the layout before the app has drawn anything;
 * null when the page has no such header (another dataset, an embed, a talk, the dev server). With it the
 * explorer draws its charts in its first render instead of rendering again once it has measured itself.
 */
export function shellChartWidth(): number | null {
  const probe = document.getElementById(SHELL_CHART_WIDTH_ID);
  const width = probe ? probe.getBoundingClientRect().width : 0;
  if (width <= 0) return null;
  // The written page fits the window; the explorer is taller, so where scrollbars take room (most desktops) its
  // charts lose that room. On a window taller than the explorer the app measures itself again, as before.
  const root = document.documentElement;
  const gutter = root.scrollHeight > root.clientHeight ? 0 : scrollbarWidth();
  return Math.floor(width - gutter);
}

/** The room a vertical scrollbar takes beside the page: 0 where scrollbars overlay the content (phones, most Macs). */
function scrollbarWidth(): number {
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;top:0;width:100px;height:50px;overflow-y:scroll;visibility:hidden';
  document.body.append(box);
  const width = box.offsetWidth - box.clientWidth;
  box.remove();
  return width;
}
