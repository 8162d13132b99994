import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { RoadmapChart } from '../roadmap/RoadmapChart';
import { TimelineChart } from '../timeline';
import { DetailsPanel } from '../panel/DetailsPanel';
import { PrintLegend } from '../controls/Legend';
import { PrintSources } from '../controls/PrintSources';
import { useElementWidth } from '../ui/useElementSize';
import { Notices } from '../ui/Notices';
import type { KnownIds } from '../url/viewStateUrl';
import type { ShareTarget } from '../share/shareLinks';
import { PresentationLayers } from '../present/PresentationLayers';
import { usePresentation } from '../present/usePresentation';
import { useIdle } from '../present/useIdle';
import { HoverTooltip } from './HoverTooltip';
import { ShortcutSheet } from './ShortcutSheet';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import type { DatasetControls } from './datasetControls';
import { EmbedHeader } from './EmbedHeader';
import { AppHeader } from './AppHeader';
import { Drawn } from './Drawn';
import { useUrlSync } from './useUrlSync';
import { useRevealSelection } from './useRevealSelection';
import { useFitSelection } from './useFitSelection';
import { isTypingTarget } from '../ui/isTypingTarget';
import { ChunkBoundary } from '../ui/ChunkBoundary';
import { prefetchWhenIdle } from '../ui/whenIdle';
import { reviewedLabel } from '../i18n/labels';
import { useT } from '../i18n/useT';
import './header.css';

// The presentation bar and the list view are not on a first visit's screen: they load once the page is idle, so
// they are at hand (offline too) when a talk starts or someone switches to the list.
const loadPresentationBar = () => import('../present/PresentationBar');
const loadListView = () => import('../list/ListView');
const PresentationBar = lazy(() => loadPresentationBar().then((m) => ({ default: m.PresentationBar })));
const ListView = lazy(() => loadListView().then((m) => ({ default: m.ListView })));

interface ExplorerLayoutProps {
  known: KnownIds;
  share: ShareTarget;
  embed: boolean;
  controls?: DatasetControls;
  onDrawn?: () => void;
}

/** The page: toolbar (or the presentation bar), both charts, the details panel, and the layers over them. */
export function ExplorerLayout({ known, share, embed, controls, onDrawn }: ExplorerLayoutProps) {
  const t = useT();
  const store = useAppStoreApi();
  useUrlSync(known, embed);
  useRevealSelection();
  useFitSelection();
  useEffect(() => {
    prefetchWhenIdle(loadPresentationBar);
    prefetchWhenIdle(loadListView);
  }, []);

  const presenting = useAppStore((s) => s.presentStep !== null);
  const listView = useAppStore((s) => s.view === 'list' && s.presentStep === null);
  const title = useAppStore((s) => s.roadmap.meta.title);
  const essayTitle = useAppStore((s) => s.roadmap.meta.essayTitle);
  const reviewed = useAppStore((s) => reviewedLabel(s.roadmap.meta));
  const levelsTitle = useAppStore((s) => s.roadmap.meta.levelsTitle) ?? t('panel.levels');
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
        <AppHeader share={share} controls={controls} onTour={presentation.startTour} onKeys={() => setKeysOpen(true)} />
      )}
      <Notices />
      <main className="app-main">
        <div className="charts">
          {listView && (
            <ChunkBoundary fallback={<p role="alert">{t('app.layout.listFailed')}</p>}>
              <Suspense fallback={null}>
                <ListView />
              </Suspense>
            </ChunkBoundary>
          )}
          <section className="chart-card" aria-labelledby="roadmap-title" hidden={listView}>
            <h2 id="roadmap-title" className="chart-card__title">
              {levelsTitle}
            </h2>
            <div ref={chartsRef}>{width !== null && (hasLevels ? <RoadmapChart width={width} /> : <p className="muted">{t('app.layout.noLevels')}</p>)}</div>
          </section>
          <section className="chart-card" aria-labelledby="timeline-title" hidden={listView}>
            <h2 id="timeline-title" className="chart-card__title">
              {t('app.layout.timelineTitle')}
            </h2>
            {width !== null && <TimelineChart width={width} />}
          </section>
          {/* A dataset counts as drawn only at the charts' real width: the first render may not know it yet. */}
          {width !== null && <Drawn onDrawn={onDrawn} />}
          <PrintLegend />
          <PrintSources />
        </div>
        <div className="side">
          {presenting && (
            <ChunkBoundary fallback={null}>
              <Suspense fallback={null}>
                <PresentationBar typed={presentation.typed} onFullscreen={presentation.fullscreen} />
              </Suspense>
            </ChunkBoundary>
          )}
          <DetailsPanel />
        </div>
      </main>
      <footer className="app-footer">
        <p>
          {essayTitle ? t('app.layout.builtFrom', { essay: essayTitle }) : title}
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
