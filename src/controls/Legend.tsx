import type { ReactNode } from 'react';
import { useAppStore } from '../state/AppStore';
import { usePopover } from '../ui/usePopover';
import { currentLevelText } from '../dataset/currentLevelText';
import { levelColor } from '../ui/levelColors';
import './controls.css';

/** Explains the marks: level colours, date precision shapes, links and the today line. */
export function Legend() {
  const levels = useAppStore((s) => s.roadmap.levels);
  const popover = usePopover();
  return (
    <div className="legend" {...popover.holderProps}>
      <button type="button" className="legend__button" popoverTarget="legend-popover" aria-expanded={popover.open}>
        Legend
      </button>
      <div id="legend-popover" className="legend__popover" {...popover.props}>
        <LegendBody levels={levels} />
      </div>
    </div>
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
              <Key key={l.id} width={14} label={`${l.rank} ${l.name}`}>
                <circle cx="7" cy="7" r="6" fill={levelColor(l.rank)} />
              </Key>
            ))}
          <Key width={14} label="No level mapped">
            <circle cx="7" cy="7" r="6" fill={levelColor(0)} />
          </Key>
        </ul>
      </section>
      <section>
        <h3>Timeline marks</h3>
        <ul className="legend__list">
          <Key width={22} label="Exact day">
            <circle cx="11" cy="7" r="6" fill="currentColor" />
          </Key>
          <Key width={22} label="Month known (spans the month)">
            <rect x="1" y="2" width="20" height="10" rx="5" fill="currentColor" />
          </Key>
          <Key width={22} label="Year known (spans the year)">
            <rect x="1" y="2" width="20" height="10" rx="1" fill="currentColor" />
          </Key>
          <Key width={22} label="Today">
            <line x1="11" y1="0" x2="11" y2="14" className="legend__today" />
          </Key>
          <li>One lane per initiative; the context lane holds models, reports and rulings.</li>
        </ul>
      </section>
      <section>
        <h3>Roadmap links</h3>
        <ul className="legend__list">
          <Key width={30} height={10} label="OpenAI statement or press report">
            <line x1="0" y1="5" x2="30" y2="5" className="legend__link legend__link--statement" />
          </Key>
          <Key width={30} height={10} label="Our editorial mapping">
            <line x1="0" y1="5" x2="30" y2="5" className="legend__link legend__link--editorial" />
          </Key>
          {currentLabel && <li>◆ {currentLabel}</li>}
          <Key width={30} label="Initiative on no level of the scale">
            <rect x="1" y="1" width="28" height="12" rx="6" className="legend__unmapped" />
          </Key>
          <Key width={14} label="Touched by the highlighted concern">
            <circle cx="7" cy="7" r="5" className="legend__concern" />
          </Key>
        </ul>
      </section>
    </div>
  );
}

/** One line of the legend: a small drawing of the mark, then what it means. */
function Key({ width, height = 14, label, children }: { width: number; height?: number; label: string; children: ReactNode }) {
  return (
    <li>
      <svg width={width} height={height} aria-hidden="true">
        {children}
      </svg>
      {label}
    </li>
  );
}
