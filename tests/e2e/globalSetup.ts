import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './findChromium';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    distDir: string;
  }
}

/** Builds the app once and serves it from a sub-path, as a static host would. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  // E2E_DIST lets two runs on one machine build into separate folders.
  const outDir = resolve(process.env.E2E_DIST ?? 'node_modules/.e2e-dist');
  // Vitest runs with NODE_ENV=test, which would give a development build of React: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await startStaticServer(outDir, '/sub/path/');
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', outDir);
  return async () => server.close();
}
