import { max, min } from 'd3-array';
import type { MilestoneBin, MilestoneMark } from './timelineShapes';

/** Pixels per character of a step mark's title (22px bold; capitals and digits run wide), to find it room. */
export const FOCUS_LABEL_CHAR = 14;
const LABEL_CHAR = 6.6;

/**
 * Writes a title beside its mark only where it cannot run into the next mark of its row or a bin. A tour step's
 * titles go first, to the right of their mark or else to its left, and the others give way to them.
 */
export function placeLabels(marks: MilestoneMark[], bins: readonly MilestoneBin[], left: number, right: number, textScale: number) {
  const rows = new Map<string, MilestoneMark[]>();
  for (const m of marks) {
    const key = `${m.laneId}:${m.y}`;
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
    // What a label may not cover: the step's marks, then the labels already written.
    const taken: [number, number][] = row.filter((m) => m.focus).map((m) => [m.x - m.width / 2, m.x + m.width / 2]);
    const free = (a: number, b: number) => a >= left - 8 && b <= right && !taken.some(([c, d]) => a < d + 8 && b > c - 8);
    for (const m of row) {
      if (!m.focus) continue;
      const gap = m.width / 2 + 10;
      const w = m.title.length * FOCUS_LABEL_CHAR;
      // A side where the title covers none of the other marks wins; then any side with room.
      const clear = (a: number, b: number) => free(a, b) && !row.some((o) => !o.focus && a < o.x + o.width / 2 + 2 && b > o.x - o.width / 2 - 2);
      const sides = [clear, free].flatMap((ok) => [ok(m.x + gap, m.x + gap + w) && 'start', ok(m.x - gap - w, m.x - gap) && 'end']);
      const side = sides.find((x): x is 'start' | 'end' => x !== false);
      if (side) {
        m.labelAnchor = side;
        taken.push(side === 'start' ? [m.x + gap, m.x + gap + w] : [m.x - gap - w, m.x - gap]);
      } else {
        // Too long for either side: shortened to the room on the roomier side, up to the next mark or label.
        const a = m.x + gap;
        const b = m.x - gap;
        // Room up to the nearest mark or label on each side (one that straddles the start leaves none).
        const after = Math.min(right, min(taken, ([c, d]) => (d > a ? c - 8 : undefined)) ?? right) - a;
        const before = b - Math.max(left - 8, max(taken, ([c, d]) => (c < b ? d + 8 : undefined)) ?? left - 8);
        const room = Math.max(after, before);
        // Short titles run wider per character than long ones (capitals, digits): a tenth to spare.
        const char = FOCUS_LABEL_CHAR * 1.1;
        // Fewer than a dozen characters would tell the room nothing.
        if (room < 12 * char) continue;
        m.label = shorten(m.title, Math.floor(room / char));
        const used = m.label.length * char;
        if (before > after) m.labelAnchor = 'end';
        taken.push(before > after ? [b - used, b] : [a, a + used]);
      }
      m.labelX = m.labelAnchor === 'start' ? m.x + gap : m.x - gap;
      m.showLabel = true;
    }
    const obstacles = binStarts.get(row[0]!.laneId) ?? [];
    row.forEach((m, i) => {
      if (m.focus) return;
      const labelEnd = m.labelX + m.title.length * LABEL_CHAR * textScale;
      const next = row[i + 1];
      const blocked = obstacles.some((x) => x > m.x && x < labelEnd + 6) || !free(m.labelX, labelEnd);
      m.showLabel = !blocked && labelEnd < right && (!next || labelEnd + 6 < next.x1 - 8);
    });
  }
}

/** Cuts a title to `chars` characters at a word break where it can, with an ellipsis. */
function shorten(title: string, chars: number): string {
  if (title.length <= chars) return title;
  const cut = title.slice(0, Math.max(1, chars - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > chars / 2 ? cut.slice(0, space) : cut}…`;
}
