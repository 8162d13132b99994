/** The languages the interface ships in; the first is bundled, the others load on demand. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', ar: 'العربية' };

const RTL: ReadonlySet<Language> = new Set<Language>(['ar']);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The writing direction of a language, for `<html dir>`. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return RTL.has(language) ? 'rtl' : 'ltr';
}

/**
 * The shipped language a BCP 47 tag asks for: itself, or its base language, or null.
 * @example matchLanguage('de-AT') === 'de'
 */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (isLanguage(lower)) return lower;
  const base = lower.split('-')[0];
  return isLanguage(base) ? base : null;
}

export interface LanguageSources {
  /** The `lang=` parameter of the address, when there is one. */
  url?: string | null;
  /** The choice remembered on this device. */
  stored?: string | null;
  /** The browser's preferred languages, most preferred first (`navigator.languages`). */
  browser?: readonly string[];
}

/** The language to show: the address's `lang=`, else the remembered choice, else the browser's first match, else English. */
export function chooseLanguage({ url, stored, browser = [] }: LanguageSources): Language {
  for (const tag of [url, stored, ...browser]) {
    const language = matchLanguage(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
