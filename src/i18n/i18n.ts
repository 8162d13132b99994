import { setupI18n, type Messages } from '@lingui/core';
import en from './locales/en.json';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/** A message id of the catalogue: the English catalogue is the list of them. */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, string | number>;

// Compiled at build time by scripts/compiledCatalogues.ts: the JSON's type is its source's, the value Lingui's form.
const english = en as unknown as Messages;

// English is bundled; each other language is a chunk of its own, fetched when it is chosen.
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('./locales/de.json'),
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  ar: () => import('./locales/ar.json'),
};

/** The one Lingui instance of the page. */
export const i18n = setupI18n({ locale: DEFAULT_LANGUAGE, messages: { [DEFAULT_LANGUAGE]: english } });

/** Loads a language's catalogue if need be, then makes it the active one (which tells every `useT` to re-render). */
export async function activateLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18n.messages[language]) {
    const catalogue = await LOADERS[language]();
    // English fills any gap, so a missing translation shows English rather than an id.
    i18n.load(language, { ...english, ...(catalogue.default as Messages) });
  }
  i18n.activate(language);
}

/** The active language. */
export function currentLanguage(): Language {
  return i18n.locale as Language;
}

/**
 * A message in the active language, its ICU placeholders and plurals filled in.
 * @example t('panel.showMore', { count: 50, what: 'sources' })
 */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}
