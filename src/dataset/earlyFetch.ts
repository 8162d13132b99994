/**
 * Datasets whose download `public/early-data.js` started as soon as the page was parsed, keyed by absolute
 * URL. The loader takes each response once, so a retry always fetches afresh.
 */
declare global {
  interface Window {
    __roadmapEarlyFetch?: Map<string, Promise<Response>>;
  }
}

export function takeEarlyFetch(href: string): Promise<Response> | undefined {
  const early = globalThis.window?.__roadmapEarlyFetch;
  const response = early?.get(href);
  early?.delete(href);
  return response;
}
