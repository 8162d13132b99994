import { useCallback, useEffect, useRef, useState } from 'react';
import type { Roadmap } from '../dataset/schema';
import { createAppStore } from '../state/createAppStore';
import { AppStoreProvider } from '../state/AppStore';
import { RoadmapChart } from '../roadmap/RoadmapChart';
import { TimelineChart } from '../timeline';
import { DetailsPanel } from '../panel/DetailsPanel';
import { FilterBar } from '../controls/FilterBar';
import { Legend, PrintLegend } from '../controls/Legend';
import { PrintSources } from '../controls/PrintSources';
import { useElementWidth } from '../ui/useElementSize';
import { HoverTooltip } from './HoverTooltip';
import { Notices } from '../ui/Notices';
import { allLanes } from '../state/selectors';
import { appRootPath, parseViewState, type KnownIds } from '../url/viewStateUrl';
import { ShareMenu } from '../share/ShareMenu';
import type { ShareTarget } from '../share/shareLinks';
import { useUrlSync } from './useUrlSync';
import { useRevealSelection } from './useRevealSelection';

function knownIdsOf(roadmap: Roadmap): KnownIds {
  return {
    nodes: new Set([...roadmap.levels, ...roadmap.initiatives, ...roadmap.concerns, ...roadmap.milestones].map((n) => n.id)),
    lanes: new Set(allLanes(roadmap).map((l) => l.id)),
    concerns: new Set(roadmap.concerns.map((c) => c.id)),
  };
}

/** The explorer for one validated dataset: its store lives as long as the dataset does. */
export function Explorer({ roadmap, today }: { roadmap: Roadmap; today?: number }) {
  // The URL is parsed before the store exists, so the first paint already shows a deep-linked node.
  const [boot] = useState(() => {
    const known = knownIdsOf(roadmap);
    const parsed = parseViewState(window.location.search, known, window.location.pathname);
    const share: ShareTarget = { origin: window.location.origin, rootPath: appRootPath(window.location.pathname), nodePages: true };
    return { known, share, embed: parsed.embed, notices: parsed.notices, store: createAppStore(roadmap, { today, initial: parsed.view }) };
  });
  const { store, known, embed, share } = boot;
  const [notices, setNotices] = useState(boot.notices);
  const showNotices = useCallback((next: string[]) => setNotices(next), []);
  useUrlSync(store, known, embed, showNotices);
  useRevealSelection(store);
  const chartsRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartsRef);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && store.getState().selectedId) store.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <AppStoreProvider store={store}>
      <div className={embed ? 'app app--embed' : 'app'}>
        {embed ? (
          <header className="app-header app-header--embed">
            <h1>{roadmap.meta.title}</h1>
            <a href={share.rootPath} target="_blank" rel="noopener">
              Open the full explorer
            </a>
          </header>
        ) : (
          <header className="app-header">
            <div className="app-header__titles">
              <h1>{roadmap.meta.title}</h1>
              <p className="app-header__subtitle">{roadmap.meta.subtitle}</p>
            </div>
            <div className="app-header__controls">
              <FilterBar />
              <Legend />
              <ShareMenu target={share} />
            </div>
          </header>
        )}
        <Notices notices={notices} onDismiss={() => setNotices([])} />
        <main className="app-main">
          <div className="charts">
            <section className="chart-card" aria-labelledby="roadmap-title">
              <h2 id="roadmap-title" className="chart-card__title">
                The five levels
              </h2>
              <div ref={chartsRef}>
                <RoadmapChart width={width} />
              </div>
            </section>
            <section className="chart-card" aria-labelledby="timeline-title">
              <h2 id="timeline-title" className="chart-card__title">
                Initiatives and milestones
              </h2>
              <TimelineChart width={width} />
            </section>
            <PrintLegend />
            <PrintSources />
          </div>
          <DetailsPanel />
        </main>
        <footer className="app-footer">
          <p>
            Built from the essay “{roadmap.meta.essayTitle}”. Every entry cites its sources; where public sources contradict the essay, both are shown.
          </p>
        </footer>
        <HoverTooltip />
      </div>
    </AppStoreProvider>
  );
}
