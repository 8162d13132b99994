import { useState } from 'react';

/** Entries drawn at first, and added per press of "Show more": thousands at once would hold the page for seconds. */
export const LIST_STEP = 200;

/** How many entries of a long list to draw, and the step that draws the next batch. */
export function useListLimit(step = LIST_STEP) {
  const [limit, setLimit] = useState(step);
  return { limit, showMore: () => setLimit((n) => n + step) };
}

/** The button under a list cut at `shown` of `total` entries; nothing when the whole list is drawn. */
export function ShowMore({ shown, total, what, onClick }: { shown: number; total: number; what: string; onClick: () => void }) {
  if (shown >= total) return null;
  const format = (n: number) => n.toLocaleString('en');
  return (
    <button type="button" className="link-button show-more" onClick={onClick}>
      Show {format(Math.min(LIST_STEP, total - shown))} more {what} ({format(shown)} of {format(total)} shown)
    </button>
  );
}
