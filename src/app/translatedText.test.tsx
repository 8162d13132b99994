import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { DatasetError } from '../dataset/DatasetError';
import { ShowMore } from '../ui/ShowMore';
import { ZoomControls } from '../ui/ZoomControls';
import { DatasetErrorPanel } from './DatasetErrorPanel';
import { ThemeSwitch } from './ThemeSwitch';

const problems = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `row ${i + 2}`, message: 'x' }));
const noop = () => undefined;

afterEach(async () => {
  await activateLanguage('en');
});

describe('the app shell in other languages', () => {
  it('counts a dataset’s problems in German, one and many', async () => {
    await activateLanguage('de');
    const { rerender } = render(<DatasetErrorPanel error={new DatasetError('Fehler', problems(1))} overlay onDismiss={noop} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Dieser Datensatz konnte nicht geladen werden');
    expect(screen.getByText(/^Ein Problem wurde gefunden, jeweils/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ausblenden' })).toBeInTheDocument();
    rerender(<DatasetErrorPanel error={new DatasetError('Fehler', problems(1062))} />);
    expect(screen.getByText(/^1\.062 Probleme wurden gefunden/)).toBeInTheDocument();
    expect(screen.getByText(/^…und 1\.012 weitere\./)).toBeInTheDocument();
  });

  it('uses the two-form plural and Arabic names in Arabic, and follows a change of language', async () => {
    await activateLanguage('ar');
    render(<DatasetErrorPanel error={new DatasetError('خطأ', problems(2))} />);
    expect(screen.getByText(/^عُثر على مشكلتين،/)).toBeInTheDocument();
    render(<ZoomControls onZoomIn={noop} onZoomOut={noop} onReset={noop} canZoomIn canZoomOut />);
    expect(screen.getByRole('group', { name: 'تكبير الخط الزمني' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تصغير' })).toBeInTheDocument();
    await act(() => activateLanguage('en'));
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeInTheDocument();
  });

  it('words “Show more” and the theme choices in German, numbers grouped the German way', async () => {
    await activateLanguage('de');
    render(<ShowMore shown={200} total={1234} what="common.showMoreMilestones" onClick={noop} />);
    expect(screen.getByRole('button')).toHaveTextContent(/200 .*1\.234/);
    render(<ThemeSwitch />);
    expect(screen.getByRole('option', { name: 'Dunkel' })).toBeInTheDocument();
  });
});
