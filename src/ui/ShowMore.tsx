import { useState } from 'react';
import { useT } from '../i18n/useT';

/** Entries drawn at first, and added per press of "Show more": thousands at once would hold the page for seconds. */
export const LIST_STEP = 200;

/** How many entries of a long list to draw, and the step that draws the next batch. */
export function useListLimit(step = LIST_STEP) {
  const [limit, setLimit] = useState(step);
  return { limit, showMore: () => setLimit((n) => n + step) };
}

/** The button under a list cut at `shown` of `total` entries; nothing when the whole list is drawn. */
export function ShowMore({
  shown,
  total,
  what,
  onClick,
}: {
  shown: number;
  total: number;
  what: 'common.showMoreSources' | 'common.showMoreMilestones';
  onClick: () => void;
}) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <button type="button" className="link-button show-more" onClick={onClick}>
      {t(what, { count: Math.min(LIST_STEP, total - shown), shown, total })}
    </button>
  );
}
