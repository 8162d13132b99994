// The JavaScript a build ships, chunk by chunk, and which of it a first visit must download before the app runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most initial JavaScript a first visit may download, gzipped (kB of 1,000 bytes, as Vite prints them). */
export const INITIAL_JS_BUDGET = 160_000;

/** Static imports and re-exports of a built ES module; `import("…")` loads on demand and is not matched. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Every script the page loads up front: the entry, its modulepreloads and, transitively, what they import. */
function initialChunks(distDir, files) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const initial = new Set();
  while (queue.length) {
    const file = posix.normalize(queue.shift());
    if (initial.has(file) || !files.has(file)) continue;
    initial.add(file);
    const code = files.get(file).toString('utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(posix.dirname(file), m[1]));
  }
  return initial;
}

/**
 * Sizes of every JS file of a build in `distDir`, largest first, raw and gzipped (level 9, as Vite reports).
 * @example chunkSizes('dist') // [{ file: 'assets/index-abc.js', bytes: 412000, gzip: 131000, initial: true }, …]
 */
export function chunkSizes(distDir) {
  const paths = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'));
  const files = new Map(paths.map((p) => [p, readFileSync(join(distDir, p))]));
  const initial = initialChunks(distDir, files);
  return paths
    .map((file) => ({ file, bytes: files.get(file).byteLength, gzip: gzipSync(files.get(file), { level: 9 }).byteLength, initial: initial.has(file) }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The chunks as a printable table, and the initial total. */
export function formatChunkTable(chunks) {
  const width = Math.max(...chunks.map((c) => c.file.length), 5);
  const lines = [`${'chunk'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  loaded`];
  for (const c of chunks)
    lines.push(`${c.file.padEnd(width)}  ${kB(c.bytes).padStart(10)}  ${kB(c.gzip).padStart(10)}  ${c.initial ? 'initial' : 'on demand'}`);
  const total = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
  lines.push(`${'initial total'.padEnd(width)}  ${''.padStart(10)}  ${kB(total).padStart(10)}  budget ${kB(INITIAL_JS_BUDGET)}`);
  return { text: lines.join('\n'), initialGzip: total };
}
