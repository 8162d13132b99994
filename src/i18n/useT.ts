import { useSyncExternalStore } from 'react';
import { i18n, t } from './i18n';
import type { Language } from './languages';

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const locale = () => i18n.locale as Language;

/** The active language; the component re-renders when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, locale, locale);
}

/** `t`, in a component that re-renders when the language changes. */
export function useT(): typeof t {
  useLanguage();
  return t;
}
