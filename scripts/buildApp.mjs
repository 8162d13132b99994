// Builds the app into a folder of its own, so the measuring scripts never overwrite dist/ or each other's builds.
import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Runs the production build (with the project's vite.config.ts) into `outDir` and returns its absolute path.
 * With APP_DIST set (npm test builds once and sets it for every later step) that build is used as it is.
 */
export async function buildApp(outDir) {
  if (process.env.APP_DIST) return resolve(process.env.APP_DIST);
  const dir = resolve(outDir);
  // Vitest sets NODE_ENV=test, which would give a development build of React: measure and test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', build: { outDir: dir, emptyOutDir: true }, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return dir;
}
