import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { LANGUAGES } from './languages';

const read = (language: string): Record<string, string> => JSON.parse(readFileSync(new URL(`./locales/${language}.json`, import.meta.url), 'utf8'));
const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, read(l)]));
const english = catalogues.en!;

interface Shape {
  names: Set<string>;
  /** Each plural's argument and the categories it gives. */
  plurals: [string, string[]][];
}

/** The placeholders a compiled message uses, and its plurals with their categories. */
function shapeOf(message: CompiledMessage, shape: Shape = { names: new Set(), plurals: [] }): Shape {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, type, options] = token as [string, string?, Record<string, unknown>?];
    if (name) shape.names.add(name);
    if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') continue;
    // Options are the branches (arrays of tokens) and, for a plural, an offset; exact matches ("=0") are extras.
    const branches = Object.entries(options ?? {}).filter((entry): entry is [string, CompiledMessage] => Array.isArray(entry[1]));
    if (type !== 'select') shape.plurals.push([name, branches.map(([key]) => key).filter((k) => !k.startsWith('='))]);
    for (const [, branch] of branches) shapeOf(branch, shape);
  }
  return shape;
}

describe('the message catalogues', () => {
  it('have every English id in every language, and nothing else', () => {
    for (const language of LANGUAGES) expect(Object.keys(catalogues[language]!).sort(), language).toEqual(Object.keys(english).sort());
  });

  it('hold only valid ICU messages, none of them empty', () => {
    for (const language of LANGUAGES)
      for (const [id, message] of Object.entries(catalogues[language]!)) {
        expect(message.trim(), `${language} ${id}`).not.toBe('');
        expect(() => compileMessageOrThrow(message), `${language} ${id}`).not.toThrow();
      }
  });

  it('use the same placeholders as English in every translation', () => {
    for (const [id, message] of Object.entries(english)) {
      const expected = [...shapeOf(compileMessageOrThrow(message)).names].sort();
      for (const language of LANGUAGES) {
        const names = [...shapeOf(compileMessageOrThrow(catalogues[language]![id]!)).names].sort();
        expect(names, `${language} ${id}`).toEqual(expected);
      }
    }
  });

  it("give each plural exactly the categories its language's plural rules have", () => {
    for (const language of LANGUAGES) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
      for (const [id, message] of Object.entries(catalogues[language]!))
        for (const [name, given] of shapeOf(compileMessageOrThrow(message)).plurals)
          expect(given.slice().sort(), `${language} ${id} {${name}}`).toEqual(categories);
    }
  });

  it('translate the sentences: a message longer than a word is not left in English', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const same = Object.entries(english).filter(
        ([id, message]) => /[a-z]{3,} [a-z]{3,}/i.test(message.replace(/\{[^}]*\}/g, '')) && catalogues[language]![id] === message,
      );
      expect(
        same.map(([id]) => id),
        language,
      ).toEqual([]);
    }
  });
});
