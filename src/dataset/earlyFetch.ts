/**
 * Downloads that `public/early-data.js` started as soon as the page was parsed, keyed by absolute URL.
 * The loader takes each one once, so a retry always fetches afresh; its controller lets the loader cancel it.
 */
export interface EarlyFetch {
  response: Promise<Response>;
  controller: AbortController;
}

declare global {
  interface Window {
    __roadmapEarlyFetch?: Map<string, EarlyFetch>;
  }
}

export function takeEarlyFetch(href: string): EarlyFetch | undefined {
  const early = globalThis.window?.__roadmapEarlyFetch;
  const found = early?.get(href);
  early?.delete(href);
  return found;
}
