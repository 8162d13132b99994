import { describe, expect, it } from 'vitest';
import { precacheManifest, precacheUrl, type BuiltFile } from './precacheManifest';

const file = (path: string, text: string): BuiltFile => ({ path, bytes: new TextEncoder().encode(text) });
const build = [
  file('n/codex/index.html', '<title>Codex</title>'),
  file('assets/index-abc.js', 'app()'),
  file('index.html', '<title>App</title>'),
  file('sw.js', 'worker()'),
  file('manifest.webmanifest', '{}'),
];

describe('precacheUrl', () => {
  it('caches a page under its folder, as static hosts serve it', () => {
    expect(precacheUrl('index.html')).toBe('');
    expect(precacheUrl('n/codex/index.html')).toBe('n/codex/');
    expect(precacheUrl('assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(precacheUrl('assets/not-index.html')).toBe('assets/not-index.html');
  });
});

describe('precacheManifest', () => {
  it('lists every built file but the worker itself, share pages included, sorted by file', () => {
    expect(precacheManifest(build).urls).toEqual(['assets/index-abc.js', '', 'manifest.webmanifest', 'n/codex/']);
    expect(precacheManifest([...build].reverse())).toEqual(precacheManifest(build));
  });

  it('keeps its version when nothing changed, so an identical rebuild is no update', () => {
    expect(precacheManifest(build.map((f) => ({ ...f, bytes: f.bytes.slice() }))).version).toBe(precacheManifest(build).version);
    expect(precacheManifest(build).version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes its version when any precached file changes, a share page as much as the app', () => {
    const base = precacheManifest(build).version;
    const edited = (path: string, text: string) => precacheManifest(build.map((f) => (f.path === path ? file(path, text) : f))).version;
    expect(edited('n/codex/index.html', '<title>Codex, renamed</title>')).not.toBe(base);
    expect(edited('assets/index-abc.js', 'app(2)')).not.toBe(base);
    expect(precacheManifest([...build, file('icons/icon-192.png', 'png')]).version).not.toBe(base);
  });

  it('ignores the worker itself: its own bytes already tell browsers about an update', () => {
    expect(precacheManifest(build.map((f) => (f.path === 'sw.js' ? file('sw.js', 'worker(2)') : f))).version).toBe(precacheManifest(build).version);
  });
});
