import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { activateLanguage } from './i18n';
import { startLanguage } from './startLanguage';
import { storeLanguage } from './storedLanguage';
import { useT } from './useT';

function Close() {
  const t = useT();
  return <button type="button">{t('panel.close')}</button>;
}

afterEach(async () => {
  storeLanguage(null);
  await activateLanguage('en');
});

describe('startLanguage', () => {
  it('opens in the language of lang=, with <html lang dir> on it, and re-renders what is on screen', async () => {
    render(<Close />);
    expect(screen.getByRole('button')).toHaveTextContent('Close details');
    await act(() => startLanguage('?node=codex&lang=ar'));
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('button')).toHaveTextContent('إغلاق التفاصيل');
    await act(() => activateLanguage('fr'));
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['fr', 'ltr']);
    expect(screen.getByRole('button')).toHaveTextContent('Fermer les détails');
  });

  it('takes the stored choice when the address names none', async () => {
    storeLanguage('es');
    await startLanguage('');
    expect(document.documentElement.lang).toBe('es');
  });
});
