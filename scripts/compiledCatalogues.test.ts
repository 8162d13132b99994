import { describe, expect, it } from 'vitest';
import { compileCatalogue } from './compiledCatalogues.ts';

describe('compileCatalogue', () => {
  it("turns ICU messages into Lingui's compiled form", () => {
    expect(compileCatalogue({ hi: 'Hello {name}', n: '{count, plural, one {# step} other {# steps}}' })).toEqual({
      hi: ['Hello ', ['name']],
      n: [['count', 'plural', { one: ['#', ' step'], other: ['#', ' steps'] }]],
    });
  });

  it('names the catalogue and the message it cannot read', () => {
    expect(() => compileCatalogue({ ok: 'Fine', broken: 'Hello {name' }, 'de.json')).toThrow(/^de\.json: message “broken” is not valid ICU MessageFormat/);
  });
});
