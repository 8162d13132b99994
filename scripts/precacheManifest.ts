import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Relative to the build folder, with forward slashes: `assets/index-abc.js`, `n/codex/index.html`. */
  path: string;
  bytes: Uint8Array;
}

export interface Precache {
  /** Changes whenever any file's content changes, so each deployment fills a cache of its own. */
  version: string;
  /** Relative to the service worker's scope, the app's root. */
  urls: string[];
}

/** The worker fetches itself anew on every update check; caching it would pin the old version. */
const NOT_PRECACHED = new Set(['sw.js']);

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * The URL a file is fetched and cached under. A folder's index.html is the folder itself, the address every
 * static host serves it at (some redirect `…/index.html` to `…/`, and a redirected answer cannot serve a page).
 * @example precacheUrl('n/codex/index.html') // 'n/codex/'
 */
export function precacheUrl(path: string): string {
  return path.replace(/(^|\/)index\.html$/, '$1');
}

/** What the service worker precaches: every built file but itself, and a version hashed from all their contents. */
export function precacheManifest(files: BuiltFile[]): Precache {
  const listed = files.filter((f) => !NOT_PRECACHED.has(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const contents = listed.map((f) => `${f.path}\0${sha256(f.bytes)}`).join('\n');
  return { version: sha256(contents).slice(0, 12), urls: listed.map((f) => precacheUrl(f.path)) };
}
