import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { applyTheme, saveTheme, storedTheme, type ThemeChoice } from './theme';

/** Auto (follow the operating system), light or dark; remembered on this device. */
export function ThemeSwitch() {
  const t = useT();
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'auto' || !window.matchMedia) return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('auto');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);
  return (
    <label className="theme-switch">
      <span>{t('app.theme.label')}</span>
      <select
        value={choice}
        onChange={(e) => {
          const next = e.target.value as ThemeChoice;
          saveTheme(next);
          setChoice(next);
        }}
      >
        <option value="auto">{t('app.theme.auto')}</option>
        <option value="light">{t('app.theme.light')}</option>
        <option value="dark">{t('app.theme.dark')}</option>
      </select>
    </label>
  );
}
