import { useEffect } from 'react';
import { directionOf } from './languages';
import { useLanguage } from './useT';

/** Keeps `<html lang dir>` on the active language, so screen readers and the layout (right to left) follow it. */
export function useDocumentLanguage(): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
}
