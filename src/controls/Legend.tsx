import { useRef } from 'react';
import { useAppStore } from '../state/AppStore';
import { useDismissableDetails } from '../ui/useDismissableDetails';
import { currentLevelText } from '../dataset/currentLevelText';
import { levelColor } from '../ui/levelColors';

/** Explains the marks: level colours, date precision shapes, links and the today line. */
export function Legend() {
  const levels = useAppStore((s) => s.roadmap.levels);
  const ref = useRef<HTMLDetailsElement>(null);
  useDismissableDetails(ref);
  return (
    <details className="legend" ref={ref}>
      <summary>Legend</summary>
      <LegendBody levels={levels} />
    </details>
  );
}

/** The legend printed on handouts, where a closed popover would show nothing. */
export function PrintLegend() {
  const levels = useAppStore((s) => s.roadmap.levels);
  return (
    <section className="print-only print-legend" aria-hidden="true">
      <LegendBody levels={levels} />
    </section>
  );
}

function LegendBody({ levels }: { levels: { id: string; rank: number; name: string }[] }) {
  const currentLabel = useAppStore((s) => (s.roadmap.currentLevel ? currentLevelText(s.roadmap.currentLevel).legend : null));
  return (
      <div className="legend__body">
        <section>
          <h3>Level colours</h3>
          <ul className="legend__list">
            {[...levels]
              .sort((a, b) => a.rank - b.rank)
              .map((l) => (
                <li key={l.id}>
                  <svg width="14" height="14" aria-hidden="true">
                    <circle cx="7" cy="7" r="6" fill={levelColor(l.rank)} />
                  </svg>
                  {l.rank} {l.name}
                </li>
              ))}
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill={levelColor(0)} />
              </svg>
              No level mapped
            </li>
          </ul>
        </section>
        <section>
          <h3>Timeline marks</h3>
          <ul className="legend__list">
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <circle cx="11" cy="7" r="6" fill="currentColor" />
              </svg>
              Exact day
            </li>
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <rect x="1" y="2" width="20" height="10" rx="5" fill="currentColor" />
              </svg>
              Month known (spans the month)
            </li>
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <rect x="1" y="2" width="20" height="10" rx="1" fill="currentColor" />
              </svg>
              Year known (spans the year)
            </li>
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <line x1="11" y1="0" x2="11" y2="14" className="legend__today" />
              </svg>
              Today
            </li>
            <li>One lane per initiative; the context lane holds models, reports and rulings.</li>
          </ul>
        </section>
        <section>
          <h3>Roadmap links</h3>
          <ul className="legend__list">
            <li>
              <svg width="30" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="30" y2="5" className="legend__link legend__link--statement" />
              </svg>
              OpenAI statement or press report
            </li>
            <li>
              <svg width="30" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="30" y2="5" className="legend__link legend__link--editorial" />
              </svg>
              Our editorial mapping
            </li>
            {currentLabel && <li>◆ {currentLabel}</li>}
            <li>
              <svg width="30" height="14" aria-hidden="true">
                <rect x="1" y="1" width="28" height="12" rx="6" className="legend__unmapped" />
              </svg>
              Initiative on no level of the scale
            </li>
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <circle cx="7" cy="7" r="5" className="legend__concern" />
              </svg>
              Touched by the highlighted concern
            </li>
          </ul>
        </section>
      </div>
  );
}
