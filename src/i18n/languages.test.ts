import { describe, expect, it } from 'vitest';
import { chooseLanguage, directionOf, matchLanguage } from './languages';

describe('matchLanguage', () => {
  it('takes a shipped language, or its base language, in any case or separator', () => {
    expect(matchLanguage('de')).toBe('de');
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('FR_ca')).toBe('fr');
    expect(matchLanguage('ar-EG')).toBe('ar');
    expect(matchLanguage('es-419')).toBe('es');
  });

  it('refuses what is not shipped or not a tag', () => {
    expect(matchLanguage('pt-BR')).toBeNull();
    expect(matchLanguage('')).toBeNull();
    expect(matchLanguage(null)).toBeNull();
    expect(matchLanguage('english')).toBeNull();
  });
});

describe('chooseLanguage', () => {
  it('follows the address, then the stored choice, then the browser, then English', () => {
    expect(chooseLanguage({ url: 'ar', stored: 'de', browser: ['fr-FR'] })).toBe('ar');
    expect(chooseLanguage({ url: null, stored: 'de', browser: ['fr-FR'] })).toBe('de');
    expect(chooseLanguage({ browser: ['fr-FR', 'en'] })).toBe('fr');
    expect(chooseLanguage({})).toBe('en');
  });

  it('passes over what it cannot use, in each place', () => {
    expect(chooseLanguage({ url: 'xx', stored: 'pt', browser: ['pt-BR', 'nl', 'es-MX'] })).toBe('es');
    expect(chooseLanguage({ url: 'klingon', browser: ['ja'] })).toBe('en');
  });
});

describe('directionOf', () => {
  it('writes Arabic right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['en', 'de', 'fr', 'es'].map((l) => directionOf(l as 'en'))).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});
