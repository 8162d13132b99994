import { startTransition, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { selectLabelled, selectLanes, selectStepSubject } from '../state/selectors';
import type { TimeWindow } from '../state/createAppStore';
import { ZoomControls } from '../ui/ZoomControls';
import { useLanguage, useT } from '../i18n/useT';
import { timelineFrame, type TimelineLayout } from './timelineLayout';
import { PRESENT_TEXT_SCALE, timelineTracks } from './timelineTracks';
import { clampWindow, isFullWindow, milestonesWindow, milestoneYears, MIN_SPAN, openingWindow, sameWindow, zoomWindow } from './timeWindow';
import { useTimeZoom } from './useTimeZoom';
import { timelineNavigation } from './timelineNavigation';
import { useKeepFocus } from './useKeepFocus';
import { RovingTabStop } from '../ui/RovingTabStop';
import { focusIdOf, useRovingFocus } from '../ui/useRovingFocus';
import { TimelineProxies } from './TimelineProxies';
import { usePaintTimeline } from './usePaintTimeline';
import { useStickyAxis } from './useStickyAxis';
import './timeline.css';
import { milestoneBounds, outsideWindow } from './outsideWindow';
import { TimelineHints } from './TimelineHints';
import { useWheelHint } from './useWheelHint';

/**
 * The initiative timeline. Three layers share one size: an SVG backdrop (lanes, today), a canvas with the grid
 * and the milestones (thousands of them stay fast), and an SVG front with the axis labels and one transparent,
 * focusable proxy per mark or bin in view, which carries its node id, name and events.
 */
export function TimelineChart({ width }: { width: number }) {
  const store = useAppStoreApi();
  const roadmap = useAppStore((s) => s.roadmap);
  const t = useT();
  const language = useLanguage();
  // A selector per language, so the context lane's label follows a switch of language.
  const lanes = useAppStore(useMemo(() => (s: Parameters<typeof selectLanes>[0]) => selectLanes(s, language), [language]));
  const today = useAppStore((s) => s.today);
  const storedWindow = useAppStore((s) => s.timeWindow);
  const selectedId = useAppStore((s) => s.selectedId);
  const presenting = useAppStore((s) => s.presentStep !== null);
  const textScale = presenting ? PRESENT_TEXT_SCALE : 1;
  const subject = useAppStore(selectStepSubject);
  const labelled = useAppStore(selectLabelled);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const levelRanks = useMemo(() => new Map(roadmap.levels.map((l) => [l.id, l.rank])), [roadmap]);
  const full = useMemo(() => milestonesWindow(roadmap.milestones, today), [roadmap, today]);
  // No window chosen (or a reset) shows the opening window; the whole timeline is a zoom-out away.
  const opening = useMemo(() => openingWindow(roadmap.milestones, today), [roadmap, today]);
  const window = storedWindow ?? opening;
  const tracks = useMemo(
    () => timelineTracks({ milestones: roadmap.milestones, lanes, levelRanks, full, width, textScale }),
    [roadmap, lanes, levelRanks, full, width, textScale],
  );
  const pinned = useMemo(() => (selectedId || subject.size ? new Set([...subject, ...(selectedId ? [selectedId] : [])]) : undefined), [selectedId, subject]);
  const layout = useMemo(
    () => timelineFrame(tracks, window, today, pinned, subject, labelled, language),
    [tracks, window, today, pinned, subject, labelled, language],
  );

  // While a gesture runs, the canvas follows every frame (grid and axis labels included) but the proxies and the
  // SVG axis keep the frame the gesture started from: re-rendering SVG per frame is what would cost the frame budget.
  const latest = useRef(layout);
  useLayoutEffect(() => {
    latest.current = layout;
  }, [layout]);
  const [frozen, setFrozen] = useState<TimelineLayout | null>(null);
  const proxies = frozen ?? layout;
  // When a gesture ends they catch up in a transition, rendered in slices between frames: hundreds of proxies
  // would otherwise hold up the frame where the pointer lifts. The canvas keeps the axis labels until they have.
  const onGesture = useCallback((active: boolean) => {
    if (active) setFrozen(latest.current);
    else startTransition(() => setFrozen(null));
  }, []);

  const setWindow = useCallback((w: TimeWindow) => store.getState().setTimeWindow(sameWindow(w, opening, full) ? null : w), [store, opening, full]);
  const [wheelHint, onPlainWheel] = useWheelHint();
  const { plot } = layout;
  useTimeZoom(svgRef, { full, window, left: plot.left, right: plot.right, height: layout.height, onWindow: setWindow, onGesture, onPlainWheel });
  usePaintTimeline(canvasRef, svgRef, layout, tracks, frozen !== null);
  useStickyAxis(svgRef, presenting, layout.plot.bottom - layout.plot.top);

  const span = window.end - window.start;
  // Marks and bins in reading order (lane by lane, left to right), so the first is the natural Tab stop.
  const targets = useMemo(() => {
    const laneOrder = new Map(proxies.lanes.map((l, i) => [l.id, i]));
    const bins = proxies.bins.map((b) => ({ id: b.id, laneId: b.laneId, x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 }));
    return [...proxies.marks, ...bins].sort((a, b) => (laneOrder.get(a.laneId) ?? 0) - (laneOrder.get(b.laneId) ?? 0) || a.x - b.x);
  }, [proxies]);
  const ids = useMemo(() => targets.map((m) => m.id), [targets]);
  const navigate = useCallback((id: string, key: string) => timelineNavigation(proxies.lanes, targets, id, key), [proxies, targets]);
  const roving = useRovingFocus(svgRef, 'timeline', ids, navigate);
  useKeepFocus(svgRef, targets);
  const zoomIn = (centre?: number) => setWindow(zoomWindow(window, 2, full, centre));
  const zoomOut = (centre?: number) => setWindow(zoomWindow(window, 0.5, full, centre));
  const reset = () => store.getState().setTimeWindow(null);
  const openBin = useCallback(
    (start: number, end: number) => setWindow(clampWindow({ start: start - (end - start) / 2, end: end + (end - start) / 2 }, full)),
    [setWindow, full],
  );
  // +, − and 0 zoom the timeline while focus is on one of its marks, around that mark so it stays in view.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const id = focusIdOf(event.target);
    const focused = targets.find((m) => m.id === id);
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
  const bounds = useMemo(() => milestoneBounds(tracks), [tracks]);
  const outside = outsideWindow(bounds, window);
  const [first, last] = useMemo(() => milestoneYears(roadmap.milestones) ?? ['', ''], [roadmap]);
  const binNote = proxies.bins.length ? ` ${t('timeline.binsNote', { count: proxies.bins.length })}` : '';
  return (
    <div className="timeline">
      <div className="timeline__toolbar">
        <p className="timeline__hint">
          {t('timeline.hint', { unit: layout.tickUnit })}
          {layout.bins.length > 0 && ` · ${t('timeline.hintBins')}`}
        </p>
        <ZoomControls
          onZoomIn={() => zoomIn()}
          onZoomOut={() => zoomOut()}
          onReset={reset}
          canZoomIn={span > MIN_SPAN * 1.01}
          canZoomOut={!isFullWindow(window, full)}
          canReset={storedWindow !== null}
        />
      </div>
      <div className="timeline__stage" style={{ width: layout.width, height: layout.height }} data-milestones-drawn={layout.drawn}>
        <svg className="timeline__backdrop" width={layout.width} height={layout.height} aria-hidden="true">
          <PaintSamples />
          {layout.lanes.map((lane, i) => (
            <g key={lane.id} className={`lane${i % 2 ? ' lane--odd' : ''}`}>
              <rect className="lane__band" x={0} y={lane.y} width={layout.width} height={lane.height} />
              <text className="lane__label" x={lane.labelX} y={lane.labelY} dy={lane.labelY === lane.y + 13 ? 0 : '0.35em'}>
                {lane.label}
              </text>
            </g>
          ))}
          {layout.todayX !== null && (
            <g className="today" transform={`translate(${layout.todayX},0)`}>
              <line y1={layout.plot.top - 4} y2={layout.plot.bottom} />
              <text y={layout.plot.bottom + 2} dy="0.9em" textAnchor="end" dx={-4}>
                {t('legend.today')}
              </text>
            </g>
          )}
        </svg>
        <canvas ref={canvasRef} className="timeline__canvas" aria-hidden="true" />
        <RovingTabStop.Provider value={roving.scope}>
          <svg
            ref={svgRef}
            onKeyDown={onKeyDown}
            onFocus={roving.onFocus}
            className="chart timeline__svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={`${t('timeline.label', { first: String(first), last: String(last), lanes: lanes.length, milestones: t('common.milestoneCount', { count: proxies.drawn }) })}${binNote}`}
            data-tick-unit={layout.tickUnit}
          >
            <TimelineProxies layout={proxies} onOpenBin={openBin} />
            {/* At rest the labels are text here; during a gesture they wait with the proxies and the canvas writes them.
                Last, so that while presenting it can slide down over the lanes (useStickyAxis) on its own band. */}
            <g className="axis" aria-hidden="true" visibility={frozen ? 'hidden' : undefined}>
              <rect className="axis__band" width={proxies.width} height={proxies.plot.top} />
              {proxies.ticks.map((t) => (
                <g key={t.time} transform={`translate(${t.x},0)`} className={t.major ? 'tick tick--major' : 'tick'}>
                  <text x={t.labelX - t.x} y={proxies.plot.top - 12} textAnchor="middle">
                    {t.label}
                  </text>
                </g>
              ))}
            </g>
          </svg>
        </RovingTabStop.Provider>
        <TimelineHints
          plot={plot}
          {...outside}
          onShowEarlier={() => setWindow(clampWindow({ start: full.start, end: window.end }, full))}
          onShowLater={() => setWindow(clampWindow({ start: window.start, end: full.end }, full))}
          wheelHint={wheelHint}
        />
      </div>
    </div>
  );
}

/**
 * Never shown: the stylesheet styles these like marks, grid lines and axis labels, and the canvas reads its
 * colours off them. They sit in the backdrop, apart from the real axis and proxies in the front layer.
 */
function PaintSamples() {
  return (
    <g className="timeline__samples" aria-hidden="true">
      <g className="milestone-mark timeline__sample--mark">
        <circle r={1} />
      </g>
      <g className="milestone-mark is-concern timeline__sample--concern">
        <circle r={1} />
      </g>
      <g className="mark is-dimmed timeline__sample--dim" />
      <text className="milestone-mark__label timeline__sample--label" />
      <rect className="timeline__sample--bin" width={1} height={1} />
      <g className="tick timeline__sample--tick">
        <line />
      </g>
      <g className="tick tick--major timeline__sample--major">
        <line />
      </g>
      <g className="tick timeline__sample--tick-label">
        <text />
      </g>
    </g>
  );
}
