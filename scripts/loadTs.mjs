// Loads the app's TypeScript modules in Node through Vite, so the command-line tools share the app's own code.
import { createServer } from 'vite';

export async function withTsModules(paths, use) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const modules = await Promise.all(paths.map((p) => server.ssrLoadModule(p)));
    return await use(...modules);
  } finally {
    await server.close();
  }
}
