import type { WheelHint } from './useWheelHint';
import { useT } from '../i18n/useT';
import './timelineHints.css';

interface TimelineHintsProps {
  plot: { left: number; right: number; bottom: number };
  before: number;
  after: number;
  onShowEarlier: () => void;
  onShowLater: () => void;
  wheelHint: WheelHint;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * What lies outside the window, at its edges (a button zooms out to it), and, the first time a plain wheel
 * scrolls the page past the chart, a short note on how to zoom instead.
 */
export function TimelineHints({ plot, before, after, onShowEarlier, onShowLater, wheelHint }: TimelineHintsProps) {
  const top = plot.bottom + 3;
  const t = useT();
  return (
    <>
      {before > 0 && (
        <button type="button" className="timeline__more" style={{ left: plot.left, top }} onClick={onShowEarlier}>
          ← {t('timeline.earlier', { count: before })}
        </button>
      )}
      {after > 0 && (
        <button type="button" className="timeline__more timeline__more--later" style={{ right: `calc(100% - ${plot.right}px)`, top }} onClick={onShowLater}>
          {t('timeline.later', { count: after })} →
        </button>
      )}
      {(wheelHint === 'shown' || wheelHint === 'fading') && (
        <p className={`timeline__wheel-hint${wheelHint === 'fading' ? ' is-fading' : ''}`} aria-hidden="true">
          {t('timeline.wheelHint', { key: isMac ? '⌘' : 'Ctrl' })}
        </p>
      )}
    </>
  );
}
