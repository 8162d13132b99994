import type { Roadmap, TourStep } from '../dataset/schema';
import type { RoadmapIndex } from '../dataset/indexRoadmap';
import { tourSubject } from '../dataset/tourSubject';
import { DEFAULT_FILTERS } from '../state/createAppStore';
import { allLanes } from '../state/selectors';
import { exportSvg } from '../share/exportSvg';
import { FOCUS_LABEL_CHAR } from '../timeline/timelineLayout';
import { timelineTracks } from '../timeline/timelineTracks';
import { milestonesWindow } from '../timeline/timeWindow';
import { stepFrame } from './stepFrame';

/**
 * A tour step as the audience's charts frame it, as an SVG document: the image export's drawing of both charts,
 * with the step's node selected, the timeline at the step's frame and its marks drawn large. The presenter's
 * window shows it for the current and the next step.
 */
export function stepPreview(roadmap: Roadmap, index: RoadmapIndex, step: TourStep, today: number, width = 1200): string {
  const full = milestonesWindow(roadmap.milestones, today);
  const levelRanks = new Map(roadmap.levels.map((l) => [l.id, l.rank]));
  const tracks = timelineTracks({ milestones: roadmap.milestones, lanes: allLanes(roadmap), levelRanks, full, width });
  const frame = stepFrame(step, roadmap, { full, plot: tracks.plot, lanes: tracks.tracks.map((t) => t.lane), labelChar: FOCUS_LABEL_CHAR });
  const subject = tourSubject(roadmap, step.nodeId);
  const focus = subject.kind === 'milestones' ? new Set(subject.milestones.map((m) => m.id)) : undefined;
  const view = { selectedId: step.nodeId, timeWindow: frame.window, filters: DEFAULT_FILTERS };
  return exportSvg({ roadmap, index, view, today, url: '', width, focus }).svg;
}
