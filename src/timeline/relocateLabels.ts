import { min } from 'd3-array';
import { EMPHASIS_CHAR, GAP, LEADER_REACH, rowKey, shorten, type Box, type LabelledMark, type LaneRows, type RowBook } from './labelRows';

/**
 * Finds a place for each emphasised title its own row had no room for: the lane's rows either side, a strip under its
 * last row, rows further off (further along with a leader line where need be, never across a title), then half of
 * the gap its emphasised neighbour's title fills, then three letters and an ellipsis in its own row.
 * @example relocateLabels(homeless, book, 40, 800, 1, laneRows) // each gets showLabel where any room is
 */
export function relocateLabels(
  homeless: readonly LabelledMark[],
  book: RowBook,
  left: number,
  right: number,
  textScale: number,
  laneRows?: ReadonlyMap<string, LaneRows>,
) {
  for (const m of homeless) {
    const lane = laneRows?.get(m.laneId);
    const wide = EMPHASIS_CHAR * textScale * 1.1;
    // The rows either side in the lane, then a strip just under its last row, whose lower padding holds a title clear
    // of the marks (never one over the first row, where it would meet the lane above's strip), then rows further off.
    const candidates: number[] = [];
    if (lane) {
      const inLane = (y: number) => y >= lane.first - 0.5 && y <= lane.last + 0.5;
      const rows = Math.round((lane.last - lane.first) / lane.step);
      for (let n = 1; n <= Math.max(rows, 1); n++) {
        for (const y of [m.y - n * lane.step, m.y + n * lane.step]) if (inLane(y)) candidates.push(y);
        if (n === 1) candidates.push(lane.last + lane.step * 0.75);
      }
    }
    for (const y of candidates) {
      const key = rowKey(m.laneId, y);
      const covered = book.covered.get(key) ?? [];
      // Beginning just before its mark's centre, so the title reads as the mark's, or else just past what covers
      // that spot, within a short reach (a leader line then ties it to its mark); cut at the next thing in the row.
      let a = Math.max(left - 8, m.x - 4);
      // A hundredth of a pixel to spare: a start set to a box's end plus the gap must not find that box again
      // through rounding, or the search would never move on.
      const blocks = ([c, d]: Box) => c < a + GAP && d > a - GAP + 0.01;
      for (let blocker = covered.find(blocks); blocker; blocker = covered.find(blocks)) a = blocker[1] + GAP;
      if (a > m.x + LEADER_REACH * textScale) continue;
      const leader = a - m.x > 8 || Math.abs(y - m.y) > lane!.step * 1.1;
      if (leader && crossesRows(m, a - 3, y, lane!.step)) continue;
      const next = min(covered, ([c, d]) => (d > a - GAP ? c : undefined));
      const room = Math.min(right, (next ?? Infinity) - GAP) - a;
      if (room < 5 * wide) continue;
      m.label = shorten(m.title, Math.floor(room / wide));
      m.labelAnchor = 'start';
      m.labelX = a;
      m.labelY = y;
      m.leader = leader;
      m.showLabel = true;
      book.covered.set(key, [...covered, [a, a + m.label.length * wide]]);
      book.taken.get(key)?.push([a, a + m.label.length * wide]);
      break;
    }
    if (!m.showLabel) shareWithNeighbour(m);
    if (!m.showLabel) {
      book.placeInRow.get(rowKey(m.laneId, m.y))?.(m);
      // Titles moved into this row later must see it.
      const used = m.label.length * wide;
      if (m.showLabel) book.covered.get(rowKey(m.laneId, m.y))?.push(m.labelAnchor === 'start' ? [m.labelX, m.labelX + used] : [m.labelX - used, m.labelX]);
    }
  }

  /** Whether a leader from a mark to (x, y) would pass over a mark or a title in the rows it crosses. */
  function crossesRows(m: LabelledMark, x: number, y: number, step: number): boolean {
    const dir = Math.sign(y - m.y);
    for (let r = m.y + dir * step; dir * (y - r) > 0.5; r += dir * step) {
      const at = m.x + ((x - m.x) * (r - m.y)) / (y - m.y);
      if ((book.covered.get(rowKey(m.laneId, r)) ?? []).some(([c, d]) => at > c - 2 && at < d + 2)) return true;
    }
    return false;
  }

  /**
   * The last resort for a title with no room anywhere: the emphasised neighbour whose title fills the gap between them
   * gives up half of it, both shortened with an ellipsis, so each mark keeps a title of its own.
   */
  function shareWithNeighbour(m: LabelledMark) {
    const key = rowKey(m.laneId, m.y);
    const row = book.rows.get(key)!;
    const i = row.indexOf(m);
    const wide = EMPHASIS_CHAR * textScale * 1.1;
    const gap = m.width / 2 + GAP + 1;
    for (const [other, towards] of [
      [row[i - 1], 'start'],
      [row[i + 1], 'end'],
    ] as const) {
      if (!other?.showLabel || other.labelAnchor !== towards || other.labelY !== other.y) continue;
      // The stretch between the neighbour's label anchor and this mark, which the neighbour's title now fills alone.
      const [a, b] = towards === 'start' ? [other.labelX, m.x - gap] : [m.x + gap, other.labelX];
      const covered = (book.covered.get(key) ?? []).filter(([c, d]) => (towards === 'start' ? c !== a : d !== b));
      if (covered.some(([c, d]) => c < b && d > a)) continue;
      const share = (b - a - GAP) / 2;
      if (share < 5 * wide) continue;
      other.label = shorten(other.title, Math.floor(share / wide));
      const theirs = other.label.length * wide;
      const mine = b - a - GAP - theirs;
      m.label = shorten(m.title, Math.floor(mine / wide));
      m.labelAnchor = towards === 'start' ? 'end' : 'start';
      m.labelX = towards === 'start' ? b : a;
      m.labelY = m.y;
      m.showLabel = true;
      const boxes: Box[] =
        towards === 'start'
          ? [
              [a, a + theirs],
              [b - m.label.length * wide, b],
            ]
          : [
              [b - theirs, b],
              [a, a + m.label.length * wide],
            ];
      book.covered.set(key, [...covered, ...boxes]);
      const taken = book.taken.get(key);
      const index = taken?.findIndex(([c, d]) => (towards === 'start' ? c === a : d === b)) ?? -1;
      if (taken && index >= 0) taken.splice(index, 1);
      for (const box of boxes) taken?.push(box);
      return;
    }
  }
}
