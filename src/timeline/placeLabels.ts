import { max, min } from 'd3-array';
import { EMPHASIS_CHAR, FOCUS_LABEL_CHAR, GAP, LABEL_CHAR, rowKey, shorten, type Box, type LabelledMark, type LaneRows } from './labelRows';
import { relocateLabels } from './relocateLabels';

export { EMPHASIS_CHAR, FOCUS_LABEL_CHAR, LABEL_CHAR, needsLeader, type LabelledMark, type LaneRows } from './labelRows';

/**
 * Places titles beside marks, row by row (rows are a mark's height apart, so rows never collide), in three rounds:
 * a tour step's titles, then emphasised marks' (the selection, its links, a highlight), each on the side where it
 * covers no mark or label, else shortened with an ellipsis to the room on the roomier side; then, only while
 * nothing is emphasised, any other title that fits before the next mark. An emphasised title with no room in its
 * own row goes elsewhere in its lane (`laneRows`): relocateLabels.
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

  relocateLabels(homeless, { rows, covered: coveredByRow, taken: takenByRow, placeInRow }, left, right, textScale, laneRows);
}
