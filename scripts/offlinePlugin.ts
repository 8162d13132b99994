import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'vite';
import { precacheManifest } from './precacheManifest.ts';

/** Every file under `dir`, relative to it with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Writes the service worker `sw.js` at the root of a finished build, with the list of every other file there
 * and their version built in. The worker is a one-file build of its own (a classic script: workers loaded as
 * modules are not supported everywhere yet).
 */
export async function writeServiceWorker(outDir: string, workerEntry: string): Promise<void> {
  const paths = await listFiles(outDir);
  const files = await Promise.all(paths.map(async (path) => ({ path, bytes: await readFile(join(outDir, path)) })));
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __PRECACHE__: JSON.stringify(precacheManifest(files)) },
    build: { write: false, target: 'es2022', lib: { entry: workerEntry, formats: ['iife'], name: 'serviceWorker', fileName: () => 'sw.js' } },
  });
  const output = Array.isArray(result) ? result[0] : result;
  const chunk = output && 'output' in output ? output.output[0] : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('The service worker build wrote no script');
  await writeFile(join(outDir, 'sw.js'), chunk.code);
}

/**
 * Adds the service worker once everything else is written (the app, the share pages, the public files).
 * Builds only: `__SERVICE_WORKER__` tells the app whether to register it, false in the dev server and tests.
 * (Not `import.meta.env.PROD`: a build run with NODE_ENV=test, as the e2e setup does, has that false.)
 */
export function offlinePlugin(workerEntry: string): Plugin {
  let outDir = '';
  return {
    name: 'offline',
    config: (_config, { command }) => ({ define: { __SERVICE_WORKER__: JSON.stringify(command === 'build') } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: () => writeServiceWorker(outDir, workerEntry),
  };
}
