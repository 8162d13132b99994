import { readFile } from 'node:fs/promises';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOGUE = /[\\/]src[\\/]i18n[\\/]locales[\\/][a-z]{2}(?:-[A-Z]{2})?\.json$/;

/** Every message of a catalogue (id → ICU MessageFormat) in Lingui's compiled form; throws naming a bad message. */
export function compileCatalogue(messages: Record<string, string>, name = 'catalogue'): Record<string, unknown> {
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      compiled[id] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${name}: message “${id}” is not valid ICU MessageFormat: ${(error as Error).message}`);
    }
  }
  return compiled;
}

/**
 * Compiles the message catalogues in src/i18n/locales/ when they are imported, so the page ships Lingui's compiled
 * messages and no message parser. The result is still JSON, which Vite's own JSON handling turns into a module.
 */
export function compiledCataloguesPlugin(): Plugin {
  return {
    name: 'compiled-catalogues',
    enforce: 'pre',
    async load(id) {
      const path = id.split('?')[0] ?? id;
      if (!CATALOGUE.test(path)) return null;
      this.addWatchFile(path);
      const source = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
      return JSON.stringify(compileCatalogue(source, path.slice(path.lastIndexOf('/') + 1)));
    },
  };
}
