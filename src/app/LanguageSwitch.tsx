import { useState } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, chooseLanguage, type Language } from '../i18n/languages';
import { chosenLanguage, switchLanguage } from '../i18n/startLanguage';
import { useT } from '../i18n/useT';

const browserChoice = () => chooseLanguage({ browser: navigator.languages?.length ? navigator.languages : [navigator.language] });

/** The interface's language, each by its own name, or the browser's; remembered on this device. */
export function LanguageSwitch() {
  const t = useT();
  const [choice, setChoice] = useState<Language | ''>(() => chosenLanguage() ?? '');
  return (
    <label className="theme-switch">
      <span>{t('language.label')}</span>
      <select
        value={choice}
        onChange={(e) => {
          const next = (e.target.value || null) as Language | null;
          setChoice(next ?? '');
          void switchLanguage(next);
        }}
      >
        <option value="">{t('language.browser', { name: LANGUAGE_NAMES[browserChoice()] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
