import { memo, useCallback, useMemo, useRef } from 'react';
import { RovingTabStop } from '../ui/RovingTabStop';
import { useRovingFocus } from '../ui/useRovingFocus';
import { roadmapNavigation } from './roadmapNavigation';
import { useAppStore } from '../state/AppStore';
import { selectNodeState } from '../state/selectors';
import { useMarkProps } from '../ui/useMarkProps';
import { levelColor } from '../ui/levelColors';
import { basisLabel, currentLevelLabels } from '../i18n/labels';
import { formatMilestoneDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/useT';
import { roadmapLayout, type InitiativeBox, type LevelPoint } from './roadmapLayout';
import './roadmap.css';

export function RoadmapChart({ width }: { width: number }) {
  const roadmap = useAppStore((s) => s.roadmap);
  const textScale = useAppStore((s) => (s.presentStep !== null ? 1.6 : 1));
  const t = useT();
  const language = useLanguage();
  const current = roadmap.currentLevel;
  const currentText = current ? currentLevelLabels(current) : null;
  // The flag's lines as this language words them, so a long date or basis moves it rather than running off the chart.
  const flagDate = current ? formatMilestoneDate(current.date, language) : '';
  const flagBasis = current ? basisLabel(current.basis) : '';
  const flagLine = currentText ? currentText.flag.length + 2 : 0;
  const flagFull = Math.max(flagLine, flagDate.length + 3 + flagBasis.length);
  const flagShort = Math.max(flagLine, flagDate.length);
  const layout = useMemo(
    () => roadmapLayout(roadmap, { width, textScale, flagChars: { full: flagFull, short: flagShort } }),
    [roadmap, width, textScale, flagFull, flagShort],
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const ids = useMemo(() => [...layout.levels.map((l) => l.id), ...layout.initiatives.map((b) => b.id)], [layout]);
  const navigate = useCallback((id: string, key: string) => roadmapNavigation(layout.levels, layout.initiatives, id, key), [layout]);
  const roving = useRovingFocus(svgRef, 'roadmap', ids, navigate);

  return (
    <RovingTabStop.Provider value={roving.scope}>
      <svg
        ref={svgRef}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
        className={`chart roadmap roadmap--${layout.orientation}`}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('roadmap.label', {
          title: roadmap.meta.levelsTitle ?? t('panel.levels'),
          levels: layout.levels.length,
          first: layout.levels[0]?.name ?? '',
          last: layout.levels.at(-1)?.name ?? '',
          initiatives: layout.initiatives.length,
        })}
      >
        <path className="roadmap-path roadmap-path--ahead" d={layout.aheadPath} />
        <path className="roadmap-path roadmap-path--reached" d={layout.reachedPath} />
        <g className="roadmap-links">
          {layout.links.map((link) => (
            <RoadmapLinkPath key={link.id} {...link} />
          ))}
        </g>
        {layout.current && current && currentText && (
          <g className="current-level" aria-hidden="true">
            <text x={layout.current.labelX} y={layout.current.labelY} textAnchor={layout.current.anchor}>
              <tspan className="current-level__flag">◆ {currentText.flag}</tspan>
              <tspan x={layout.current.labelX} dy="1.2em" className="current-level__date">
                {formatMilestoneDate(current.date, language)}
                {!layout.current.compact && ` · ${basisLabel(current.basis)}`}
              </tspan>
            </text>
          </g>
        )}
        {layout.unmappedCaption && (
          <text className="roadmap-caption" x={layout.unmappedCaption.x} y={layout.unmappedCaption.y} textAnchor={layout.unmappedCaption.anchor}>
            {t('roadmap.notOnScale')}
          </text>
        )}
        {layout.levels.map((level) => (
          <LevelMark key={level.id} level={level} currentSuffix={currentText && level.id === current?.levelId ? currentText.markSuffix : ''} />
        ))}
        {layout.initiatives.map((box) => (
          <InitiativeMark key={box.id} box={box} />
        ))}
      </svg>
    </RovingTabStop.Provider>
  );
}

function RoadmapLinkPath({ initiativeId, levelId, basis, path }: { initiativeId: string; levelId: string; basis: string; path: string }) {
  const a = useAppStore(selectNodeState(initiativeId));
  const b = useAppStore(selectNodeState(levelId));
  const lit = (a === 'focus' && b !== 'dimmed') || (b === 'focus' && a !== 'dimmed');
  const dim = a === 'dimmed' || b === 'dimmed';
  return <path className={`roadmap-link roadmap-link--${basis}${lit ? ' is-lit' : ''}${dim ? ' is-dimmed' : ''}`} d={path} />;
}

const LevelMark = memo(function LevelMark({ level, currentSuffix }: { level: LevelPoint; currentSuffix: string }) {
  const isCurrent = currentSuffix !== '';
  const t = useT();
  // The name starts with what the mark shows (its number, then its name), so a speech user can say what they see.
  const props = useMarkProps(level.id, 'level-mark', t('roadmap.levelMark', { rank: level.rank, name: level.name, current: currentSuffix }));
  return (
    <g {...props} transform={`translate(${level.x},${level.y})`}>
      {isCurrent && <circle className="level-mark__halo" r={level.r + 7} />}
      <circle className="level-mark__dot" r={level.r} fill={levelColor(level.rank)} />
      <text className="level-mark__rank" dy="0.35em" textAnchor="middle">
        {level.rank}
      </text>
      {/* Read as "1 Chatbots", not "1Chatbots", where the mark's text is compared with its name. */}{' '}
      <text className="level-mark__name" x={level.labelX} y={level.labelY} textAnchor={level.labelAnchor}>
        {level.name}
      </text>
    </g>
  );
});

const InitiativeMark = memo(function InitiativeMark({ box }: { box: InitiativeBox }) {
  const name = useAppStore((s) => s.index.nodes.get(box.id)?.title ?? box.label);
  const t = useT();
  const props = useMarkProps(
    box.id,
    box.unmapped ? 'initiative-mark initiative-mark--unmapped' : 'initiative-mark',
    // The pill's short label first, as it reads on screen, then the full name where it differs.
    t(box.unmapped ? 'roadmap.initiativeUnmapped' : 'roadmap.initiativeMark', { name: `${box.label}${name !== box.label ? ` (${name})` : ''}` }),
  );
  return (
    <g {...props} transform={`translate(${box.x},${box.y})`}>
      <rect width={box.width} height={box.height} rx={box.height / 2} />
      <text x={box.width / 2} y={box.height / 2} dy="0.35em" textAnchor="middle">
        {box.label}
      </text>
    </g>
  );
});
