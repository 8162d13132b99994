import type { TestProject } from 'vitest/node';
import { buildApp } from '../../scripts/buildApp.mjs';
import { chromiumPath } from '../../scripts/chromiumPath.mjs';
import { serveStatic } from '../../scripts/serveStatic.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    distDir: string;
  }
}

/** Builds the app once (or takes npm test's build) and serves it from a sub-path, as a static host would. */
export default async function setup(project: TestProject) {
  // E2E_DIST lets two runs on one machine build into separate folders; under npm test, APP_DIST is the one build.
  const outDir = await buildApp(process.env.E2E_DIST ?? 'node_modules/.e2e-dist');
  const server = await serveStatic({ '/sub/path/': outDir });
  project.provide('baseUrl', `${server.origin}/sub/path/`);
  project.provide('chromiumPath', chromiumPath());
  project.provide('distDir', outDir);
  return async () => server.close();
}
