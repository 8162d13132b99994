// What label placement shares between a row's own titles and the titles moved elsewhere (relocateLabels.ts).

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
export const LEADER_REACH = 64;

/** Whether a title stands apart from its mark and needs a line to it. */
export const needsLeader = (m: Pick<LabelledMark, 'showLabel' | 'leader'>) => m.showLabel && m.leader === true;
/** Space kept clear between a label and the next label or mark. */
export const GAP = 8;

export type Box = [number, number];

/** A row by its lane and its centre, to a hundredth of a pixel: a row worked out as another's y ± a step may differ
 * from the row's own y in its last bits. */
export const rowKey = (laneId: string, y: number) => `${laneId}:${Math.round(y * 100)}`;

/** A lane's rows: the centre of the first and last, and the distance between rows. */
export interface LaneRows {
  first: number;
  last: number;
  step: number;
}

/** What each row of the lanes holds, as placement goes: its marks, what its marks and titles cover, its titles, and a
 * placer for a title in it. */
export interface RowBook {
  rows: Map<string, LabelledMark[]>;
  covered: Map<string, Box[]>;
  taken: Map<string, Box[]>;
  placeInRow: Map<string, (m: LabelledMark) => void>;
}

/** Cuts a title to `chars` characters at a word break where it can, with an ellipsis. */
export function shorten(title: string, chars: number): string {
  if (title.length <= chars) return title;
  const cut = title.slice(0, Math.max(1, chars - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > chars / 2 ? cut.slice(0, space) : cut}…`;
}
