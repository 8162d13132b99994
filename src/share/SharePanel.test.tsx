import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import SharePanel from './SharePanel';
import { renderWithProviders } from '../testing/renderWithProviders';
import { activateLanguage } from '../i18n/i18n';

const target = { origin: 'https://example.org', rootPath: '/', nodePages: true };

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => activateLanguage('en'));
});

describe('SharePanel in another language', () => {
  it('labels its fields and buttons, and announces a copy, in the chosen language', async () => {
    await activateLanguage('de');
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.resolve() } });
    renderWithProviders(<SharePanel target={target} onClose={() => {}} />);
    expect(screen.getByRole('region', { name: 'Teilen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Link zu dieser Ansicht')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'SVG herunterladen' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^QR-Code für https:\/\/example\.org\// })).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Link kopieren' })));
    expect(screen.getByRole('status')).toHaveTextContent('Link in die Zwischenablage kopiert.');
  });
});
