// Builds the app into a folder of its own, so the measuring scripts never overwrite dist/ or each other's builds.
import { resolve } from 'node:path';
import { build } from 'vite';

/** Runs the production build (with the project's vite.config.ts) into `outDir` and returns its absolute path. */
export async function buildApp(outDir) {
  const dir = resolve(outDir);
  await build({ build: { outDir: dir, emptyOutDir: true }, logLevel: 'warn' });
  return dir;
}
