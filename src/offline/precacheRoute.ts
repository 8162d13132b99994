/**
 * The precached URL (relative to the worker's scope) that answers a request, or null to leave it to the network.
 * A page is asked for by its folder or its `index.html`; a share page `n/<id>/` gets its own page, with its own
 * title and preview tags, never the root page. A folder without its trailing slash is left to the network, which
 * redirects it: served as is, the page's relative links would miss the assets.
 * @example precacheRoute('https://host/app/n/codex/?embed=1', 'https://host/app/', true, new Set(['', 'n/codex/'])) // 'n/codex/'
 */
export function precacheRoute(requestUrl: string, scope: string, navigate: boolean, precached: ReadonlySet<string>): string | null {
  const url = new URL(requestUrl);
  const root = new URL(scope);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  let path = url.pathname.slice(root.pathname.length);
  if (navigate) path = path.replace(/(^|\/)index\.html$/, '$1');
  return precached.has(path) ? path : null;
}
