import { activateLanguage, currentLanguage, i18n } from './i18n';
import { chooseLanguage, directionOf, matchLanguage, type Language } from './languages';
import { readStoredLanguage, storeLanguage } from './storedLanguage';

// The language the reader chose (by link or in the switcher), or null while the page follows the browser.
let chosen: Language | null = null;

const browserLanguages = () => (navigator.languages?.length ? navigator.languages : [navigator.language]);

/** Keeps `<html lang dir>` on the active language, so screen readers and the layout (right to left) follow it. */
function followDocumentLanguage(): void {
  const apply = () => {
    const language = currentLanguage();
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  };
  i18n.on('change', apply);
  apply();
}

/**
 * Picks the page's language (the address's `lang=`, the choice stored on this device, the browser's languages,
 * English) and loads it; the page draws in English until a catalogue that is not bundled has arrived.
 */
export function startLanguage(search = window.location.search): Promise<void> {
  followDocumentLanguage();
  const url = new URLSearchParams(search).get('lang');
  chosen = matchLanguage(url) ?? readStoredLanguage();
  return activateLanguage(chooseLanguage({ url, stored: readStoredLanguage(), browser: browserLanguages() }));
}

/**
 * Back or Forward to an entry whose address names another language: that language becomes the chosen one, as
 * when the page was opened with that address (and, as then, is not stored on this device). An entry that names
 * none keeps the language on screen. Null when nothing changes.
 */
export function followAddressLanguage(search: string): Promise<void> | null {
  const language = matchLanguage(new URLSearchParams(search).get('lang'));
  if (!language || (language === chosen && language === currentLanguage())) return null;
  chosen = language;
  return activateLanguage(language);
}

/** The language the reader chose, which the address carries as `lang=`; null when the page follows the browser. */
export function chosenLanguage(): Language | null {
  return chosen;
}

/**
 * The language a link made here carries, so it opens in the sender's language: the chosen one, or any but English
 * (the default no link needs to name).
 */
export function linkLanguage(): Language | null {
  const active = currentLanguage();
  return chosen ?? (active === 'en' ? null : active);
}

/** The switcher's choice: a language, remembered on this device, or null to follow the browser again. */
export function switchLanguage(language: Language | null): Promise<void> {
  chosen = language;
  storeLanguage(language);
  return activateLanguage(language ?? chooseLanguage({ browser: browserLanguages() }));
}
