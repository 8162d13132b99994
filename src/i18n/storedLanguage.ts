import { matchLanguage, type Language } from './languages';

const KEY = 'agi-roadmap-language';

/** The language chosen on this device, or null (none chosen, or storage refused). */
export function readStoredLanguage(): Language | null {
  try {
    return matchLanguage(window.localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

/** Remembers a choice on this device; null forgets it, so the browser's language counts again. */
export function storeLanguage(language: Language | null): void {
  try {
    if (language) window.localStorage.setItem(KEY, language);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
}
