import type { Plugin } from 'vite';

/**
 * Puts the code a first visit needs, where the bundler would split it into small chunks shared with the lazy
 * parts (React, the store, date helpers), into one chunk beside the entry: a page then waits for 3 scripts, not 7,
 * and a browser on HTTP/1.1 opens at most 6 connections per host. Code only lazy parts share (the QR code) stays
 * on demand. `isInitial` answers once the module graph is built, which is before chunks are made.
 */
export function initialChunk(): { plugin: Plugin; isInitial: (id: string) => boolean } {
  const initial = new Set<string>();
  const plugin: Plugin = {
    name: 'initial-chunk',
    apply: 'build',
    buildEnd() {
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (initial.has(id)) continue;
        initial.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, isInitial: (id) => initial.has(id) };
}
