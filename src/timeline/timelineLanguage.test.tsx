import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { TimelineChart } from '.';
import { renderWithProviders } from '../testing/renderWithProviders';
import { activateLanguage } from '../i18n/i18n';

afterEach(() => act(() => activateLanguage('en')));

describe('TimelineChart in another language', () => {
  it('names the chart, its marks and the context lane in the chosen language, and follows a switch', async () => {
    await activateLanguage('de');
    renderWithProviders(<TimelineChart width={900} />);
    expect(screen.getByRole('button', { name: 'Sora launched, Dezember 2024, Monat bekannt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Codex launched, 16. Mai 2025, Stufe 3 Agents' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Zeitleiste der Initiativen von 2022 bis 2025: 3 Spuren, 3 Meilensteine sichtbar\./ })).toBeInTheDocument();
    expect(screen.getByText('Kontext')).toBeInTheDocument();
    expect(screen.getByText('Heute')).toBeInTheDocument();

    await act(() => activateLanguage('fr'));
    expect(screen.getByRole('button', { name: 'Codex launched, 16 mai 2025, niveau 3 Agents' })).toBeInTheDocument();
    expect(screen.getByText('Contexte')).toBeInTheDocument();
    expect(screen.queryByText('Kontext')).toBeNull();
  });
});
