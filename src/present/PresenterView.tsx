import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/AppStore';
import { StepIndicator } from './StepIndicator';
import { openTourChannel, type TourMessage } from './tourChannel';
import { presentationAction } from './tour';

const two = (n: number) => String(n).padStart(2, '0');
const elapsedText = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600) ? `${Math.floor(s / 3600)}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
};

/** The presenter's second window: notes, what comes next, the time; it follows and leads the audience window. */
export function PresenterView() {
  const tour = useAppStore((s) => s.roadmap.tour) ?? [];
  const [step, setStep] = useState<number | null>(null);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<{ post: (m: TourMessage) => void; close: () => void } | null>(null);

  useEffect(() => {
    const c = openTourChannel((m) => {
      if (m.type === 'state') setStep(m.step);
    });
    channel.current = c;
    c.post({ type: 'hello' });
    return () => c.close();
  }, []);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);

  const last = tour.length - 1;
  const go = (target: number) => channel.current?.post({ type: 'go', step: Math.min(Math.max(0, target), last) });
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presentationAction(event.key);
      const s = stepRef.current;
      if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
      const send = (target: number) => channel.current?.post({ type: 'go', step: Math.min(Math.max(0, target), last) });
      if (action.type === 'next') send(s === null ? 0 : s + 1);
      else if (action.type === 'previous') send(s === null ? 0 : s - 1);
      else if (action.type === 'first') send(0);
      else if (action.type === 'last') send(last);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last]);

  const current = step !== null ? tour[step] : undefined;
  const next = step !== null ? tour[step + 1] : tour[0];
  const clock = new Date(now);
  return (
    <main className="presenter">
      <header className="presenter__header">
        <h1>Presenter view</h1>
        {step !== null && <StepIndicator step={step} total={tour.length} />}
      </header>
      <section className="presenter__now" aria-labelledby="presenter-now">
        <h2 id="presenter-now">{current ? current.headline : 'The audience window is not presenting yet'}</h2>
        <h3>Speaker notes</h3>
        <p className="presenter__notes">{current ? current.notes : 'Press Next (or → on this window) to start the tour at step 1 in the audience window.'}</p>
      </section>
      <section className="presenter__next" aria-labelledby="presenter-next">
        <h3 id="presenter-next">Next</h3>
        <p>{next ? next.headline : 'End of the tour'}</p>
      </section>
      <div className="presenter__time">
        <p>
          Elapsed <time className="presenter__elapsed">{elapsedText(now - started)}</time>
        </p>
        <p>
          Clock <time className="presenter__clock">{`${two(clock.getHours())}:${two(clock.getMinutes())}`}</time>
        </p>
      </div>
      <div className="presenter__controls">
        <button type="button" onClick={() => go(step === null ? 0 : step - 1)} disabled={step === 0}>
          Previous
        </button>
        <button type="button" onClick={() => go(step === null ? 0 : step + 1)} disabled={step === last}>
          Next
        </button>
        <button type="button" onClick={() => setStarted(Date.now())}>
          Restart timer
        </button>
      </div>
    </main>
  );
}
