import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/AppStore';
import { FilterBar } from '../controls/FilterBar';
import { Legend } from '../controls/Legend';
import { shareUrl, type ShareTarget } from '../share/shareLinks';
import { useLinkedWindow } from '../share/useLinkedWindow';
import { useT } from '../i18n/useT';

/** The embedded app's slim header: filters and legend stay; the way out opens this same view in full. */
export function EmbedHeaderBar({ target }: { target: ShareTarget }) {
  const t = useT();
  const title = useAppStore((s) => s.roadmap.meta.title);
  const view = useAppStore(useShallow((s) => ({ selectedId: s.selectedId, timeWindow: s.timeWindow, filters: s.filters })));
  const impliedWindow = useLinkedWindow();
  const href = useMemo(() => shareUrl(view, target, { impliedWindow }), [view, target, impliedWindow]);
  return (
    <header className="app-header app-header--embed">
      <h1>{title}</h1>
      <div className="app-header__controls">
        <FilterBar />
        <Legend />
        <a href={href} target="_blank" rel="noopener">
          {t('app.embed.openFull')}
        </a>
      </div>
    </header>
  );
}
