export type ThemeChoice = 'auto' | 'light' | 'dark';

const KEY = 'agi-roadmap-explorer:theme';

export function storedTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto'; // storage can be blocked (private modes, sandboxed frames)
  }
}

/** Resolves "auto" against the operating system and sets <html data-theme>, which the stylesheet keys on. */
export function applyTheme(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'auto' && (window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false));
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function saveTheme(choice: ThemeChoice) {
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not saved; the choice still holds for this visit.
  }
}
