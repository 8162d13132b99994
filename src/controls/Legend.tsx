import type { ReactNode } from 'react';
import { useAppStore } from '../state/AppStore';
import { usePopover } from '../ui/usePopover';
import { levelColor } from '../ui/levelColors';
import './controls.css';
import { useT } from '../i18n/useT';
import { currentLevelLabels } from '../i18n/labels';

/** Explains the marks: level colours, date precision shapes, links and the today line. */
export function Legend() {
  const levels = useAppStore((s) => s.roadmap.levels);
  const popover = usePopover();
  const t = useT();
  return (
    <div className="legend" {...popover.holderProps}>
      <button type="button" className="legend__button" popoverTarget="legend-popover" aria-expanded={popover.open}>
        {t('legend.title')}
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

function LegendBody({ levels }: { levels: Level[] }) {
  const current = useAppStore((s) => s.roadmap.currentLevel);
  const t = useT();
  const currentLabel = current ? currentLevelLabels(current).legend : null;
  return (
    <div className="legend__body">
      <section>
        <h3>{t('legend.levelColours')}</h3>
        <ul className="legend__list">
          <LevelKeys levels={levels} />
        </ul>
      </section>
      <section>
        <h3>{t('legend.marks')}</h3>
        <ul className="legend__list">
          <ShapeKeys />
          <li>{t('legend.lanes')}</li>
        </ul>
      </section>
      <section>
        <h3>{t('legend.links')}</h3>
        <ul className="legend__list">
          <Key width={30} height={10} label={t('legend.statement')}>
            <line x1="0" y1="5" x2="30" y2="5" className="legend__link legend__link--statement" />
          </Key>
          <Key width={30} height={10} label={t('legend.editorial')}>
            <line x1="0" y1="5" x2="30" y2="5" className="legend__link legend__link--editorial" />
          </Key>
          {currentLabel && <li>◆ {currentLabel}</li>}
          <Key width={30} label={t('legend.unmapped')}>
            <rect x="1" y="1" width="28" height="12" rx="6" className="legend__unmapped" />
          </Key>
          <Key width={14} label={t('legend.concern')}>
            <circle cx="7" cy="7" r="5" className="legend__concern" />
          </Key>
        </ul>
      </section>
    </div>
  );
}

/** The inline key under the toolbar: level colours and date shapes at a glance, the full legend one click away. */
export function LegendKey() {
  const levels = useAppStore((s) => s.roadmap.levels);
  const t = useT();
  return (
    <div className="legend-key">
      <ul className="legend-key__list" aria-label={t('legend.keyLabel')}>
        <LevelKeys levels={levels} />
        <ShapeKeys short />
      </ul>
      <Legend />
    </div>
  );
}

type Level = { id: string; rank: number; name: string };

function LevelKeys({ levels }: { levels: Level[] }) {
  const t = useT();
  return (
    <>
      {[...levels]
        .sort((a, b) => a.rank - b.rank)
        .map((l) => (
          <Key key={l.id} width={14} label={t('legend.level', { rank: l.rank, name: l.name })}>
            <circle cx="7" cy="7" r="6" fill={levelColor(l.rank)} />
          </Key>
        ))}
      <Key width={14} label={t('legend.noLevel')}>
        <circle cx="7" cy="7" r="6" fill={levelColor(0)} />
      </Key>
    </>
  );
}

/** A dot for an exact day, a pill for a known month, a bar for a known year, and the today line. */
function ShapeKeys({ short = false }: { short?: boolean }) {
  const t = useT();
  return (
    <>
      <Key width={22} label={t('legend.day')}>
        <circle cx="11" cy="7" r="6" fill="currentColor" />
      </Key>
      <Key width={22} label={t(short ? 'legend.monthShort' : 'legend.month')}>
        <rect x="1" y="2" width="20" height="10" rx="5" fill="currentColor" />
      </Key>
      <Key width={22} label={t(short ? 'legend.yearShort' : 'legend.year')}>
        <rect x="1" y="2" width="20" height="10" rx="1" fill="currentColor" />
      </Key>
      <Key width={22} label={t('legend.today')}>
        <line x1="11" y1="0" x2="11" y2="14" className="legend__today" />
      </Key>
    </>
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
