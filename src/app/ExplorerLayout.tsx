import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { RoadmapChart } from '../roadmap/RoadmapChart';
import { TimelineChart } from '../timeline';
import { DetailsPanel } from '../panel/DetailsPanel';
import { FilterBar } from '../controls/FilterBar';
import { SearchBox } from '../search/SearchBox';
import { ViewSwitch } from '../controls/ViewSwitch';
import { ListView } from '../list/ListView';
import { Legend, PrintLegend } from '../controls/Legend';
import { PrintSources } from '../controls/PrintSources';
import { useElementWidth } from '../ui/useElementSize';
import { Notices } from '../ui/Notices';
import type { KnownIds } from '../url/viewStateUrl';
import { ShareMenu } from '../share/ShareMenu';
import type { ShareTarget } from '../share/shareLinks';
import { PresentationBar } from '../present/PresentationBar';
import { PresentationLayers } from '../present/PresentationLayers';
import { usePresentation } from '../present/usePresentation';
import { useIdle } from '../present/useIdle';
import { HoverTooltip } from './HoverTooltip';
import { ShortcutSheet } from './ShortcutSheet';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { ThemeSwitch } from './ThemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { DatasetMenu } from './DatasetMenu';
import type { DatasetControls } from './datasetControls';
import { EmbedHeader } from './EmbedHeader';
import { Drawn } from './Drawn';
import { useUrlSync } from './useUrlSync';
import { useRevealSelection } from './useRevealSelection';
import { useFitSelection } from './useFitSelection';
import { isTypingTarget } from '../ui/isTypingTarget';
import { OfflineStatus } from '../offline/OfflineStatus';
import { reviewedLabel } from '../i18n/labels';
import './header.css';

interface ExplorerLayoutProps {
  known: KnownIds;
  share: ShareTarget;
  embed: boolean;
  controls?: DatasetControls;
  onDrawn?: () => void;
}

/** The page: toolbar (or the presentation bar), both charts, the details panel, and the layers over them. */
export function ExplorerLayout({ known, share, embed, controls, onDrawn }: ExplorerLayoutProps) {
  const store = useAppStoreApi();
  useUrlSync(known, embed);
  useRevealSelection();
  useFitSelection();

  const presenting = useAppStore((s) => s.presentStep !== null);
  const listView = useAppStore((s) => s.view === 'list' && s.presentStep === null);
  const title = useAppStore((s) => s.roadmap.meta.title);
  const subtitle = useAppStore((s) => s.roadmap.meta.subtitle);
  const essayTitle = useAppStore((s) => s.roadmap.meta.essayTitle);
  const reviewed = useAppStore((s) => reviewedLabel(s.roadmap.meta));
  const levelsTitle = useAppStore((s) => s.roadmap.meta.levelsTitle ?? 'Levels');
  const hasTour = useAppStore((s) => (s.roadmap.tour?.length ?? 0) > 0);
  const hasLevels = useAppStore((s) => s.roadmap.levels.length > 0);
  const [keysOpen, setKeysOpen] = useState(false);
  const chartsRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartsRef);
  const presentation = usePresentation(width);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !isTypingTarget(event.target)) {
        event.preventDefault();
        setKeysOpen(true);
      }
      if (event.key === 'Escape' && store.getState().selectedId) store.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  // While presenting, the buttons give the screen to the story after a few idle seconds (see useIdle).
  const idle = useIdle(presenting);
  const className = ['app', embed && 'app--embed', presenting && 'app--present', idle && 'app--idle'].filter(Boolean).join(' ');
  return (
    <div className={className}>
      {presenting ? null : embed ? (
        <EmbedHeader target={share} />
      ) : (
        <header className="app-header">
          <div className="app-header__titles">
            <h1>{title}</h1>
            <p className="app-header__subtitle">{subtitle}</p>
            <OfflineStatus />
          </div>
          <div className="app-header__controls">
            <SearchBox />
            <ViewSwitch />
            <FilterBar />
            <Legend />
            {hasTour && (
              <button type="button" className="present-button" onClick={presentation.start} title="Present the guided tour (P)">
                Present
              </button>
            )}
            <ShareMenu target={share} />
            {controls && <DatasetMenu controls={controls} />}
            <ThemeSwitch />
            <LanguageSwitch />
            <button type="button" className="keys-button" onClick={() => setKeysOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
              ?
            </button>
          </div>
        </header>
      )}
      <Notices />
      <main className="app-main">
        <div className="charts">
          {listView && <ListView />}
          <section className="chart-card" aria-labelledby="roadmap-title" hidden={listView}>
            <h2 id="roadmap-title" className="chart-card__title">
              {levelsTitle}
            </h2>
            <div ref={chartsRef}>
              {width !== null &&
                (hasLevels ? <RoadmapChart width={width} /> : <p className="muted">This roadmap names no levels; its milestones are on the timeline.</p>)}
            </div>
          </section>
          <section className="chart-card" aria-labelledby="timeline-title" hidden={listView}>
            <h2 id="timeline-title" className="chart-card__title">
              Initiatives and milestones
            </h2>
            {width !== null && <TimelineChart width={width} />}
          </section>
          {/* A dataset counts as drawn only at the charts' real width: the first render may not know it yet. */}
          {width !== null && <Drawn onDrawn={onDrawn} />}
          <PrintLegend />
          <PrintSources />
        </div>
        <div className="side">
          {presenting && <PresentationBar typed={presentation.typed} onFullscreen={presentation.fullscreen} />}
          <DetailsPanel />
        </div>
      </main>
      <footer className="app-footer">
        <p>
          {essayTitle ? <>Built from “{essayTitle}”. Every entry cites its sources; where public sources contradict it, both are shown.</> : title}
          {reviewed && <> {reviewed}.</>}
        </p>
      </footer>
      <HoverTooltip />
      <SelectionAnnouncer />
      {keysOpen && <ShortcutSheet onClose={() => setKeysOpen(false)} />}
      <PresentationLayers target={share} />
    </div>
  );
}
