import { memo } from 'react';
import { useAppStore } from '../state/AppStore';
import { useMarkProps } from '../ui/useMarkProps';
import { useIsTabStop } from '../ui/RovingTabStop';
import type { MilestoneBin, MilestoneMark, TimelineLayout } from './timelineLayout';
import { binLevelText } from './binLevelText';
import { needsLeader } from './placeLabels';
import { useLanguage, useT } from '../i18n/useT';
import { formatShortDay } from '../i18n/format';
import './timelineLabels.css';

const PRECISION_WORD = { day: null, month: 'timeline.monthKnown', year: 'timeline.yearKnown' } as const;

/**
 * The accessible, clickable twins of what the canvas paints: one transparent shape per mark and per bin
 * in view, in the same place, carrying the node id, the name, the tab stop and the events.
 */
export const TimelineProxies = memo(function TimelineProxies({
  layout,
  onOpenBin,
}: {
  layout: TimelineLayout;
  onOpenBin: (start: number, end: number) => void;
}) {
  // One subscription for every bin, not one each: a wide view can hold hundreds.
  const levels = useAppStore((s) => s.roadmap.levels);
  return (
    <>
      <defs>
        <clipPath id="timeline-plot">
          <rect x={layout.plot.left - 8} y={0} width={layout.plot.right - layout.plot.left + 16} height={layout.height} />
        </clipPath>
      </defs>
      <g clipPath="url(#timeline-plot)">
        {layout.bins.map((bin) => (
          <BinProxy key={bin.id} bin={bin} levels={levels} onOpen={onOpenBin} />
        ))}
        {layout.marks.map((mark) => (
          <MarkProxy key={mark.id} mark={mark} />
        ))}
      </g>
      {/* A tour step's titles, large, and the emphasised marks' in bold; the proxies already carry them as names,
          so screen readers skip these. */}
      <g className="subject-labels" aria-hidden="true">
        {layout.marks.map(
          (m) =>
            (m.focus || m.emphasis) &&
            needsLeader(m) && (
              <line
                key={`${m.id}-leader`}
                className="label-leader"
                x1={m.x}
                y1={m.y + Math.sign(m.labelY - m.y) * (m.height / 2)}
                x2={m.labelX - 3}
                y2={m.labelY}
              />
            ),
        )}
        {layout.marks.map(
          (m) =>
            (m.focus || m.emphasis) &&
            m.showLabel && (
              <text
                key={m.id}
                className={m.focus ? 'subject-label' : 'emphasis-label'}
                data-label-for={m.id}
                x={m.labelX}
                y={m.labelY}
                dy="0.35em"
                textAnchor={m.labelAnchor}
              >
                {m.label}
              </text>
            ),
        )}
      </g>
    </>
  );
});

const MarkProxy = memo(function MarkProxy({ mark }: { mark: MilestoneMark }) {
  // The level is in the name as well as the colour, so colour is never the only way to tell.
  const levelName = useAppStore((s) => s.roadmap.levels.find((l) => l.rank === mark.levelRank)?.name);
  const t = useT();
  const precision = PRECISION_WORD[mark.precision];
  const details = `${precision ? t(precision) : ''}${levelName ? t('timeline.markLevel', { level: `${mark.levelRank} ${levelName}` }) : ''}`;
  const props = useMarkProps(
    mark.id,
    `milestone-proxy milestone-proxy--${mark.precision}`,
    t('timeline.mark', { title: mark.title, date: mark.dateLabel, details }),
  );
  return (
    <g {...props} data-lane-id={mark.laneId}>
      {mark.precision === 'day' ? (
        <circle cx={mark.x} cy={mark.y} r={mark.height / 2} />
      ) : (
        <rect
          x={mark.x - mark.width / 2}
          y={mark.y - mark.height / 2}
          width={mark.width}
          height={mark.height}
          rx={mark.precision === 'month' ? mark.height / 2 : 2}
        />
      )}
    </g>
  );
});

const BinProxy = memo(function BinProxy({
  bin,
  levels,
  onOpen,
}: {
  bin: MilestoneBin;
  levels: readonly { rank: number; name: string }[];
  onOpen: (start: number, end: number) => void;
}) {
  const tabStop = useIsTabStop(bin.id);
  const t = useT();
  const language = useLanguage();
  // The levels are in the name as well as the colours, so colour is never the only way to tell.
  const words = {
    milestones: t('common.milestoneCount', { count: bin.count }),
    lane: bin.laneLabel,
    from: formatShortDay(new Date(bin.start), language),
    to: formatShortDay(new Date(bin.end - 1), language),
    mix: binLevelText(bin.levels, levels, language),
  };
  return (
    <rect
      className="milestone-bin"
      data-focus-id={bin.id}
      data-lane-id={bin.laneId}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={t('timeline.bin', words)}
      x={bin.x1 + 1}
      y={bin.y1}
      width={Math.max(2, bin.x2 - bin.x1 - 2)}
      height={bin.y2 - bin.y1}
      rx={3}
      onClick={() => onOpen(bin.start, bin.end)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(bin.start, bin.end);
        }
      }}
    >
      <title>{t('timeline.binTitle', words)}</title>
    </rect>
  );
});
