import { memo, useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { selectLanes } from '../state/selectors';
import type { TimeWindow } from '../state/createAppStore';
import { useMarkProps } from '../ui/useMarkProps';
import { levelColor } from '../ui/levelColors';
import { ZoomControls } from '../ui/ZoomControls';
import { timelineLayout, type MilestoneMark } from './timelineLayout';
import { isFullWindow, milestonesWindow, MIN_SPAN, zoomWindow } from './timeWindow';
import { useTimeZoom } from './useTimeZoom';
import { timelineNavigation } from './timelineNavigation';
import { RovingTabStop } from '../ui/RovingTabStop';
import { useRovingFocus } from '../ui/useRovingFocus';

const PRECISION_WORD = { day: '', month: ', month known', year: ', year known' } as const;

/** The initiative timeline as SVG; it reads the store and can be swapped for another renderer. */
export function TimelineChart({ width }: { width: number }) {
  const store = useAppStoreApi();
  const roadmap = useAppStore((s) => s.roadmap);
  const lanes = useAppStore(selectLanes);
  const today = useAppStore((s) => s.today);
  const storedWindow = useAppStore((s) => s.timeWindow);
  const textScale = useAppStore((s) => (s.presentStep !== null ? 1.7 : 1));
  const svgRef = useRef<SVGSVGElement>(null);

  const levelRanks = useMemo(() => new Map(roadmap.levels.map((l) => [l.id, l.rank])), [roadmap]);
  const full = useMemo(() => milestonesWindow(roadmap.milestones, today), [roadmap, today]);
  const window = storedWindow ?? full;
  const layout = useMemo(
    () => timelineLayout({ milestones: roadmap.milestones, lanes, levelRanks, window, full, width, today, textScale }),
    [roadmap, lanes, levelRanks, window, full, width, today, textScale],
  );

  const setWindow = useCallback(
    (w: TimeWindow) => store.getState().setTimeWindow(isFullWindow(w, full) ? null : w),
    [store, full],
  );
  useTimeZoom(svgRef, { full, window, left: layout.plot.left, right: layout.plot.right, height: layout.height, onWindow: setWindow });

  const span = window.end - window.start;
  const visible = useMemo(() => layout.marks.filter((m) => m.visible), [layout]);
  const ids = useMemo(() => visible.map((m) => m.id), [visible]);
  const navigate = useCallback((id: string, key: string) => timelineNavigation(layout.lanes, layout.marks, id, key), [layout]);
  const roving = useRovingFocus(svgRef, ids, navigate);
  const zoomIn = (centre?: number) => setWindow(zoomWindow(window, 2, full, centre));
  const zoomOut = (centre?: number) => setWindow(zoomWindow(window, 0.5, full, centre));
  const reset = () => store.getState().setTimeWindow(null);
  // +, − and 0 zoom the timeline while focus is on one of its marks, around that mark so it stays in view.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const id = (event.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
    const focused = layout.marks.find((m) => m.id === id);
    const centre = focused ? window.start + ((focused.x - layout.plot.left) / (layout.plot.right - layout.plot.left)) * span : undefined;
    const zoomKeys: Record<string, () => void> = {
      '+': () => zoomIn(centre),
      '=': () => zoomIn(centre),
      '-': () => zoomOut(centre),
      _: () => zoomOut(centre),
      '0': reset,
    };
    const action = zoomKeys[event.key];
    if (action) {
      event.preventDefault();
      action();
      return;
    }
    roving.onKeyDown(event);
  };
  const years = roadmap.milestones.map((m) => Number(m.date.slice(0, 4)));
  const first = years.length ? Math.min(...years) : '';
  const last = years.length ? Math.max(...years) : '';
  return (
    <div className="timeline">
      <div className="timeline__toolbar">
        <p className="timeline__hint">
          Scroll, drag or pinch to zoom and pan · showing {layout.tickUnit === 'year' ? 'years' : layout.tickUnit === 'month' ? 'months' : 'days'}
        </p>
        <ZoomControls
          onZoomIn={() => zoomIn()}
          onZoomOut={() => zoomOut()}
          onReset={reset}
          canZoomIn={span > MIN_SPAN * 1.01}
          canZoomOut={!isFullWindow(window, full)}
        />
      </div>
      <RovingTabStop.Provider value={roving.tabStop}>
      <svg
        ref={svgRef}
        onKeyDown={onKeyDown}
        onFocus={roving.onFocus}
        className="chart timeline__svg"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={`Initiative timeline from ${first} to ${last}: ${lanes.length} lanes, ${visible.length} milestones in view. Arrow keys move along and across lanes; plus, minus and 0 zoom.`}
        data-tick-unit={layout.tickUnit}
      >
        <defs>
          <clipPath id="timeline-plot">
            <rect x={layout.plot.left - 8} y={0} width={layout.plot.right - layout.plot.left + 16} height={layout.height} />
          </clipPath>
        </defs>
        {layout.lanes.map((lane, i) => (
          <g key={lane.id} className={`lane${i % 2 ? ' lane--odd' : ''}`}>
            <rect className="lane__band" x={0} y={lane.y} width={layout.width} height={lane.height} />
            <text className="lane__label" x={lane.labelX} y={lane.labelY} dy={lane.labelY === lane.y + 13 ? 0 : '0.35em'}>
              {lane.label}
            </text>
          </g>
        ))}
        <g className="axis" aria-hidden="true">
          {layout.ticks.map((t) => (
            <g key={t.x} transform={`translate(${t.x},0)`} className={t.major ? 'tick tick--major' : 'tick'}>
              <line y1={layout.plot.top - 6} y2={layout.plot.bottom} />
              <text y={layout.plot.top - 12} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {layout.todayX !== null && (
          <g className="today" transform={`translate(${layout.todayX},0)`}>
            <line y1={layout.plot.top - 4} y2={layout.plot.bottom} />
            <text y={layout.plot.bottom + 2} dy="0.9em" textAnchor="end" dx={-4}>
              Today
            </text>
          </g>
        )}
        <g clipPath="url(#timeline-plot)">
          {visible.map((mark) => (
            <MilestoneMarkView key={mark.id} mark={mark} />
          ))}
        </g>
      </svg>
      </RovingTabStop.Provider>
    </div>
  );
}

const MilestoneMarkView = memo(function MilestoneMarkView({ mark }: { mark: MilestoneMark }) {
  // The level is in the name as well as the colour, so colour is never the only way to tell.
  const levelName = useAppStore((s) => s.roadmap.levels.find((l) => l.rank === mark.levelRank)?.name);
  const levelText = levelName ? `, Level ${mark.levelRank} ${levelName}` : '';
  const props = useMarkProps(mark.id, `milestone-mark milestone-mark--${mark.precision}`, `${mark.title}, ${mark.dateLabel}${PRECISION_WORD[mark.precision]}${levelText}`);
  const color = levelColor(mark.levelRank);
  return (
    <g {...props}>
      {mark.precision === 'day' ? (
        <circle cx={mark.x} cy={mark.y} r={6.5} fill={color} />
      ) : (
        <rect x={mark.x - mark.width / 2} y={mark.y - 5} width={mark.width} height={10} rx={mark.precision === 'month' ? 5 : 2} fill={color} />
      )}
      {mark.showLabel && (
        <text className="milestone-mark__label" x={mark.labelX} y={mark.y} dy="0.35em">
          {mark.title}
        </text>
      )}
    </g>
  );
});
