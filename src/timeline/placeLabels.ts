import { max, min } from 'd3-array';

/** What label placement needs of a mark; it writes labelX, labelAnchor, label and showLabel. */
export interface LabelledMark {
  laneId: string;
  title: string;
  label: string;
  x: number;
  x1: number;
  y: number;
  width: number;
  labelX: number;
  /** The label's row: the mark's own, or a free neighbouring row of its lane when its own row had no room. */
  labelY: number;
  /** A title that stands apart from its mark (further along, or rows away) is tied to it by a line. */
  leader?: boolean;
  labelAnchor: 'start' | 'end';
  focus: boolean;
  emphasis: boolean;
  showLabel: boolean;
}

/** Pixels per character of a step mark's title (22px bold; capitals and digits run wide), to find it room. */
export const FOCUS_LABEL_CHAR = 14;
/** Per character of a 12px title, and of a bold one (the emphasised marks'), in the widest usual system font. */
export const LABEL_CHAR = 6.6;
export const EMPHASIS_CHAR = 7.6;
/** How far right of its mark a title moved into a neighbouring row may start. */
const LEADER_REACH = 64;

/** Whether a title stands apart from its mark and needs a line to it. */
export const needsLeader = (m: Pick<LabelledMark, 'showLabel' | 'leader'>) => m.showLabel && m.leader === true;
/** Space kept clear between a label and the next label or mark. */
const GAP = 8;

type Box = [number, number];

/** A row by its lane and its centre, to a hundredth of a pixel: a row worked out as another's y ± a step may differ
 * from the row's own y in its last bits. */
const rowKey = (laneId: string, y: number) => `${laneId}:${Math.round(y * 100)}`;

/** A lane's rows: the centre of the first and last, and the distance between rows. */
export interface LaneRows {
  first: number;
  last: number;
  step: number;
}

/**
 * Places titles beside marks, row by row (rows are a mark's height apart, so rows never collide), in three rounds:
 * a tour step's titles, then emphasised marks' (the selection, its links, a highlight), each on the side where it
 * covers no mark or label, else shortened with an ellipsis to the room on the roomier side; then, only while
 * nothing is emphasised, any other title that fits before the next mark. An emphasised title with no room in its
 * own row goes into the row above or below it in its lane (`laneRows`), starting over its mark, where that is free;
 * failing that, it shares the gap its emphasised neighbour's title fills, both shortened.
 * @example placeLabels(marks, [], 120, 900, 1, true) // every emphasised mark gets showLabel, none overlapping
 */
export function placeLabels(
  marks: LabelledMark[],
  bins: readonly { laneId: string; x1: number }[],
  left: number,
  right: number,
  textScale: number,
  anyEmphasis: boolean,
  laneRows?: ReadonlyMap<string, LaneRows>,
) {
  const rows = new Map<string, LabelledMark[]>();
  // What each row's labels and marks cover, for titles that move into a neighbouring row.
  const coveredByRow = new Map<string, Box[]>();
  // Each row's titles and its placer, for the last try: a title of three letters and an ellipsis in its own row.
  const takenByRow = new Map<string, Box[]>();
  const placeInRow = new Map<string, (m: LabelledMark) => void>();
  const homeless: LabelledMark[] = [];
  for (const m of marks) {
    m.labelY = m.y;
    m.leader = false;
    const key = rowKey(m.laneId, m.y);
    const row = rows.get(key);
    if (row) row.push(m);
    else rows.set(key, [m]);
  }
  const binStarts = new Map<string, number[]>();
  for (const b of bins) {
    const list = binStarts.get(b.laneId);
    if (list) list.push(b.x1);
    else binStarts.set(b.laneId, [b.x1]);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.x1 - b.x1);
    const markBox = (m: LabelledMark): Box => [m.x - m.width / 2, m.x + m.width / 2];
    // What a label may not cover: the step's and the emphasised marks, then the labels already written.
    const taken: Box[] = row.filter((m) => m.focus || m.emphasis).map(markBox);
    const marksBoxes = row.map(markBox);
    const free = (a: number, b: number) => a >= left - 8 && b <= right && !taken.some(([c, d]) => a < d + GAP && b > c - GAP);
    for (const m of row) if (m.focus) place(m, FOCUS_LABEL_CHAR, m.width / 2 + 10, 12, taken, true);
    // An emphasised title never covers a mark, dimmed ones included (the gap clears its own mark's box).
    // The most hemmed-in go first, so a roomy neighbour's long title does not take the only space a close one has.
    const room = (i: number) =>
      Math.max((row[i + 1] ? marksBoxes[i + 1]![0] : right) - marksBoxes[i]![1], marksBoxes[i]![0] - (i > 0 ? marksBoxes[i - 1]![1] : left));
    const hemmed = row.map((m, i) => ({ m, room: room(i) })).filter((e) => e.m.emphasis);
    hemmed.sort((a, b) => a.room - b.room);
    for (const { m } of hemmed) {
      place(m, EMPHASIS_CHAR * textScale, m.width / 2 + GAP + 1, 4, [...taken, ...marksBoxes.filter((_, i) => row[i] !== m)], false);
      if (!m.showLabel) homeless.push(m);
    }
    const key = rowKey(row[0]!.laneId, row[0]!.y);
    coveredByRow.set(key, [...marksBoxes, ...taken]);
    takenByRow.set(key, taken);
    placeInRow.set(key, (m) => place(m, EMPHASIS_CHAR * textScale, m.width / 2 + GAP + 1, 3, [...taken, ...marksBoxes.filter((_, i) => row[i] !== m)], false));

    function place(m: LabelledMark, char: number, gap: number, minChars: number, obstacles: Box[], mayCover: boolean) {
      const w = m.title.length * char;
      const own = markBox(m);
      // A side where the title covers none of the other marks wins; then, for a step's title, any side with room.
      const clear = (a: number, b: number) => free(a, b) && !row.some((o) => o !== m && !o.focus && a < o.x + o.width / 2 + 2 && b > o.x - o.width / 2 - 2);
      const sides = (mayCover ? [clear, free] : [clear]).flatMap((ok) => [ok(m.x + gap, m.x + gap + w) && 'start', ok(m.x - gap - w, m.x - gap) && 'end']);
      const side = sides.find((x): x is 'start' | 'end' => x !== false);
      m.label = m.title;
      if (side) {
        m.labelAnchor = side;
        taken.push(side === 'start' ? [m.x + gap, m.x + gap + w] : [m.x - gap - w, m.x - gap]);
      } else {
        // Too long for either side: shortened to the room up to the nearest mark or label on the roomier side.
        const a = m.x + gap;
        const b = m.x - gap;
        const others = obstacles.filter((o) => o !== own && !(o[0] === own[0] && o[1] === own[1]));
        const after = Math.min(right, min(others, ([c, d]) => (d > a ? c - GAP : undefined)) ?? right) - a;
        const before = b - Math.max(left - 8, max(others, ([c, d]) => (c < b ? d + GAP : undefined)) ?? left - 8);
        const room = Math.max(after, before);
        // Short titles run wider per character than long ones (capitals, digits): a tenth to spare.
        const wide = char * 1.1;
        // Too few characters would tell the reader nothing: the title tries a neighbouring row, and stays in the
        // mark's name and tooltip.
        if (room < (minChars + 1) * wide) return;
        m.label = shorten(m.title, Math.floor(room / wide));
        const used = m.label.length * wide;
        m.labelAnchor = before > after ? 'end' : 'start';
        taken.push(before > after ? [b - used, b] : [a, a + used]);
      }
      m.labelX = m.labelAnchor === 'start' ? m.x + gap : m.x - gap;
      m.showLabel = true;
    }

    const obstacles = binStarts.get(row[0]!.laneId) ?? [];
    row.forEach((m, i) => {
      if (m.focus || m.emphasis) return;
      // While something is emphasised, the other titles give way, so the eye lands on what matters.
      if (anyEmphasis) {
        m.showLabel = false;
        return;
      }
      const labelEnd = m.labelX + m.title.length * LABEL_CHAR * textScale;
      const next = row[i + 1];
      const blocked = obstacles.some((x) => x > m.x && x < labelEnd + 6) || !free(m.labelX, labelEnd);
      m.showLabel = !blocked && labelEnd < right && (!next || labelEnd + 6 < next.x1 - 8);
    });
  }

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
      const covered = coveredByRow.get(key) ?? [];
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
      coveredByRow.set(key, [...covered, [a, a + m.label.length * wide]]);
      takenByRow.get(key)?.push([a, a + m.label.length * wide]);
      break;
    }
    if (!m.showLabel) shareWithNeighbour(m);
    if (!m.showLabel) {
      placeInRow.get(rowKey(m.laneId, m.y))?.(m);
      // Titles moved into this row later must see it.
      const used = m.label.length * wide;
      if (m.showLabel) coveredByRow.get(rowKey(m.laneId, m.y))?.push(m.labelAnchor === 'start' ? [m.labelX, m.labelX + used] : [m.labelX - used, m.labelX]);
    }
  }

  /** Whether a leader from a mark to (x, y) would pass over a mark or a title in the rows it crosses. */
  function crossesRows(m: LabelledMark, x: number, y: number, step: number): boolean {
    const dir = Math.sign(y - m.y);
    for (let r = m.y + dir * step; dir * (y - r) > 0.5; r += dir * step) {
      const at = m.x + ((x - m.x) * (r - m.y)) / (y - m.y);
      if ((coveredByRow.get(rowKey(m.laneId, r)) ?? []).some(([c, d]) => at > c - 2 && at < d + 2)) return true;
    }
    return false;
  }

  /**
   * The last resort for a title with no room anywhere: the emphasised neighbour whose title fills the gap between them
   * gives up half of it, both shortened with an ellipsis, so each mark keeps a title of its own.
   */
  function shareWithNeighbour(m: LabelledMark) {
    const key = rowKey(m.laneId, m.y);
    const row = rows.get(key)!;
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
      const covered = (coveredByRow.get(key) ?? []).filter(([c, d]) => (towards === 'start' ? c !== a : d !== b));
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
      coveredByRow.set(key, [...covered, ...boxes]);
      const taken = takenByRow.get(key);
      const index = taken?.findIndex(([c, d]) => (towards === 'start' ? c === a : d === b)) ?? -1;
      if (taken && index >= 0) taken.splice(index, 1);
      for (const box of boxes) taken?.push(box);
      return;
    }
  }
}

/** Cuts a title to `chars` characters at a word break where it can, with an ellipsis. */
function shorten(title: string, chars: number): string {
  if (title.length <= chars) return title;
  const cut = title.slice(0, Math.max(1, chars - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > chars / 2 ? cut.slice(0, space) : cut}…`;
}
