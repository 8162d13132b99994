import { activateLanguage, currentLanguage, i18n } from './i18n';
import { chooseLanguage, directionOf } from './languages';
import { readStoredLanguage } from './storedLanguage';

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
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return activateLanguage(chooseLanguage({ url: new URLSearchParams(search).get('lang'), stored: readStoredLanguage(), browser }));
}
