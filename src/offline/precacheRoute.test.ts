import { describe, expect, it } from 'vitest';
import { precacheRoute } from './precacheRoute';

const scope = 'https://example.org/sub/path/';
const precached = new Set(['', 'assets/index-abc.js', 'assets/roadmap-def.json', 'n/codex/', 'n/level-1/', 'manifest.webmanifest']);
const page = (path: string) => precacheRoute(`${scope}${path}`, scope, true, precached);
const file = (path: string) => precacheRoute(`${scope}${path}`, scope, false, precached);

describe('precacheRoute', () => {
  it('answers the app root, with or without index.html and whatever its parameters', () => {
    expect(page('')).toBe('');
    expect(page('index.html')).toBe('');
    expect(page('?node=sora&window=2025-01-01..2026-01-01')).toBe('');
  });

  it('answers a share page with its own page, by its folder or its index.html', () => {
    expect(page('n/codex/')).toBe('n/codex/');
    expect(page('n/codex/index.html')).toBe('n/codex/');
    expect(page('n/level-1/?embed=1#top')).toBe('n/level-1/');
  });

  it('leaves a share page it does not hold, and any other page, to the network rather than the root page', () => {
    expect(page('n/unknown/')).toBeNull();
    expect(page('about/')).toBeNull();
    expect(page('n/codex/extra/')).toBeNull();
    // Without its trailing slash the page's relative links would miss; the server redirects it.
    expect(page('n/codex')).toBeNull();
  });

  it('answers the built files by their exact path', () => {
    expect(file('assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(file('assets/roadmap-def.json')).toBe('assets/roadmap-def.json');
    expect(file('manifest.webmanifest')).toBe('manifest.webmanifest');
    expect(file('assets/index-old.js')).toBeNull();
    // Only navigations are pages: a fetch of a folder is not rewritten.
    expect(file('n/codex')).toBeNull();
  });

  it('leaves other origins and paths outside its scope alone', () => {
    expect(precacheRoute('https://data.example.com/sub/path/assets/index-abc.js', scope, false, precached)).toBeNull();
    expect(precacheRoute('https://example.org/other/assets/index-abc.js', scope, false, precached)).toBeNull();
    expect(precacheRoute('https://example.org/sub/', scope, true, precached)).toBeNull();
  });
});
