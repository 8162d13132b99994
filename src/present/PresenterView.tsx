import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/AppStore';
import { StepIndicator } from './StepIndicator';
import { StepPreview } from './StepPreview';
import { openTourChannel, type TourMessage } from './tourChannel';
import { presentationAction } from './tour';
import { useStepDigits } from './useStepDigits';
import './presenter.css';
import { useT } from '../i18n/useT';

const two = (n: number) => String(n).padStart(2, '0');
const elapsedText = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600) ? `${Math.floor(s / 3600)}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
};

/**
 * The presenter's second window: the narration the room reads, the notes, previews of this step and the next,
 * what the audience screen shows, the time; it follows and leads the audience window.
 */
export function PresenterView() {
  const tour = useAppStore((s) => s.roadmap.tour) ?? [];
  const [step, setStep] = useState<number | null>(null);
  const [audience, setAudience] = useState({ blank: false, qr: false });
  const [started, setStarted] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<{ post: (m: TourMessage) => void; close: () => void } | null>(null);
  const source = useRef<string | null>(null);
  const last = tour.length - 1;
  const digits = useStepDigits();
  const t = useT();

  useEffect(() => {
    const c = openTourChannel((m) => {
      if (m.type !== 'state') return;
      if (m.step !== null) {
        // Follow the tab that is presenting; an idle tab of the app never answers.
        source.current = m.from;
        setStep(m.step);
        setAudience({ blank: m.blank ?? false, qr: m.qr ?? false });
        setStarted((t) => t ?? Date.now()); // the timer starts with the talk, not with this window
      } else if (m.from === source.current) {
        setStep(null);
        setAudience({ blank: false, qr: false });
      }
    });
    channel.current = c;
    c.post({ type: 'hello' });
    return () => c.close();
  }, []);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);

  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);
  useEffect(() => {
    const send = (m: TourMessage) => channel.current?.post(m);
    const go = (target: number) => send({ type: 'go', step: Math.min(Math.max(0, target), last) });
    const onKey = (event: KeyboardEvent) => {
      const action = presentationAction(event.key);
      const s = stepRef.current;
      if (!action || event.ctrlKey || event.metaKey || event.altKey || s === null) return;
      if (action.type === 'jump' && !digits.pending()) return;
      event.preventDefault();
      if (action.type === 'next') go(s + 1);
      else if (action.type === 'previous') go(s - 1);
      else if (action.type === 'first') go(0);
      else if (action.type === 'last') go(last);
      else if (action.type === 'digit') digits.push(action.digit);
      else if (action.type === 'jump') go(digits.take() - 1);
      else if (action.type === 'blank') send({ type: 'key', action: 'blank' });
      else if (action.type === 'qr') send({ type: 'key', action: 'qr' });
      else if (action.type === 'escape') send({ type: 'key', action: 'stop' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, digits]);

  const go = (target: number) => channel.current?.post({ type: 'go', step: Math.min(Math.max(0, target), last) });
  const current = step !== null ? tour[step] : undefined;
  const next = step !== null ? tour[step + 1] : tour[0];
  const clock = new Date(now);
  return (
    <main className="presenter">
      <header className="presenter__header">
        <h1>{t('present.presenterView')}</h1>
        {step !== null && <StepIndicator step={step} total={tour.length} />}
        {digits.shown && <p className="typed-step">{t('present.goTo', { typed: digits.shown })}</p>}
      </header>
      {/* What the room sees instead of the charts: hard to miss, so a blank screen is never forgotten. */}
      <div role="status" className="presenter__audience">
        {audience.blank && <p className="presenter__state presenter__state--blank">{t('presenter.blank')}</p>}
        {audience.qr && <p className="presenter__state presenter__state--qr">{t('presenter.qr')}</p>}
      </div>
      <div className="presenter__body">
        <section className="presenter__now" aria-labelledby="presenter-now">
          <h2 id="presenter-now">{current ? current.headline : t('presenter.notPresenting')}</h2>
          {current && (
            <>
              <h3>{t('presenter.onScreen')}</h3>
              <p className="presenter__narration">{current.narration}</p>
            </>
          )}
          <h3>{t('presenter.notes')}</h3>
          <p className="presenter__notes">{current ? current.notes : t('presenter.startHint')}</p>
        </section>
        <div className="presenter__previews">
          {current && step !== null && (
            <figure className="presenter__preview">
              <StepPreview step={current} n={step + 1} className="presenter__preview-now" />
              <figcaption>{t('presenter.now', { n: step + 1 })}</figcaption>
            </figure>
          )}
          <section className="presenter__next" aria-labelledby="presenter-next">
            <h3 id="presenter-next">{t('presenter.nextHeading')}</h3>
            <p>{next ? next.headline : t('presenter.end')}</p>
            {next && <StepPreview step={next} n={(step ?? -1) + 2} className="presenter__preview-next" />}
          </section>
        </div>
      </div>
      <div className="presenter__time">
        <p>
          {t('presenter.elapsed')} <time className="presenter__elapsed">{elapsedText(started === null ? 0 : Math.max(0, now - started))}</time>
        </p>
        <p>
          {t('presenter.clock')} <time className="presenter__clock">{`${two(clock.getHours())}:${two(clock.getMinutes())}`}</time>
        </p>
      </div>
      <div className="presenter__controls">
        <button type="button" onClick={() => go((step ?? 0) - 1)} disabled={step === null || step === 0}>
          {t('common.previous')}
        </button>
        <button type="button" onClick={() => go((step ?? -1) + 1)} disabled={step === null || step === last}>
          {t('common.next')}
        </button>
        <button type="button" onClick={() => setStarted(Date.now())}>
          {t('presenter.restart')}
        </button>
      </div>
    </main>
  );
}
