import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { StepIndicator } from './StepIndicator';
import { SourceList } from '../panel/SourceList';
import { appRootPath } from '../url/viewStateUrl';
import './present.css';
import { useT } from '../i18n/useT';
import { currentLanguage } from '../i18n/i18n';

function openPresenterWindow() {
  // The same dataset as the talk, or its notes and previews would be another tour's.
  const data = new URLSearchParams(window.location.search).get('data');
  const params = new URLSearchParams({ presenter: '1' });
  if (data) params.set('data', data);
  // The presenter's notes in the talk's language.
  params.set('lang', currentLanguage());
  const query = `?${params.toString()}`;
  window.open(`${appRootPath(window.location.pathname)}${query}`, 'agi-roadmap-presenter', 'popup,width=1100,height=760');
}

/** The audience's view of the current step: headline and narration in projector sizes, with its sources. */
export function PresentationBar({ typed, onFullscreen }: { typed: string; onFullscreen: () => void }) {
  const store = useAppStoreApi();
  const step = useAppStore((s) => s.presentStep);
  const tour = useAppStore((s) => s.roadmap.tour);
  const current = step !== null ? tour?.[step] : undefined;
  const t = useT();
  if (step === null || !current || !tour) return null;
  return (
    <section className="presentation-bar" aria-label={t('present.landmark')}>
      <h1 className="visually-hidden">{t('present.heading')}</h1>
      <div className="presentation-bar__top">
        <StepIndicator step={step} total={tour.length} />
        {typed && <p className="typed-step">{t('present.goTo', { typed })}</p>}
        <div className="presentation-bar__buttons">
          <button type="button" onClick={() => store.getState().present(step - 1)} disabled={step === 0}>
            {t('common.previous')}
          </button>
          <button type="button" onClick={() => store.getState().present(step + 1)} disabled={step === tour.length - 1}>
            {t('common.next')}
          </button>
          <button type="button" onClick={onFullscreen} title={t('present.fullscreenTitle')}>
            {t('present.fullscreen')}
          </button>
          <button type="button" onClick={openPresenterWindow} title={t('present.presenterViewTitle')}>
            {t('present.presenterView')}
          </button>
          <button type="button" onClick={() => store.getState().stopPresenting()}>
            {t('present.exit')}
          </button>
        </div>
      </div>
      <h2 className="presentation-bar__headline" aria-live="polite">
        {current.headline}
      </h2>
      <p className="presentation-bar__narration">{current.narration}</p>
      <details className="presentation-bar__sources">
        <summary>{t('present.stepSources')}</summary>
        <SourceList ids={current.sources} />
      </details>
    </section>
  );
}
