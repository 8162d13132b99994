/** The id of the empty copy of the charts' column in the header the build writes into the page (scripts/sharePages.ts). */
export const SHELL_CHART_WIDTH_ID = 'app-shell-chart-width';

/**
 * How wide the charts will be, measured on that written copy of the layout before the app has drawn anything;
 * null when the page has no such header (another dataset, an embed, a talk, the dev server). With it the
 * explorer draws its charts in its first render instead of rendering again once it has measured itself.
 */
export function shellChartWidth(): number | null {
  const probe = document.getElementById(SHELL_CHART_WIDTH_ID);
  const width = probe ? Math.floor(probe.getBoundingClientRect().width) : 0;
  return width > 0 ? width : null;
}
