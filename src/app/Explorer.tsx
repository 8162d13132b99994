import { lazy, Suspense, useState } from 'react';
import { PanelBoundary } from '../ui/PanelBoundary';
import type { Roadmap } from '../dataset/schema';
import { indexRoadmap, type RoadmapIndex } from '../dataset/indexRoadmap';
import { createAppStore } from '../state/createAppStore';
import { AppStoreProvider } from '../state/AppStore';
import { allLanes } from '../state/selectors';
import { appRootPath, type KnownIds } from '../url/viewStateUrl';
import type { ShareTarget } from '../share/shareLinks';
import { ExplorerLayout } from './ExplorerLayout';
import { Drawn } from './Drawn';
import { viewFromLocation } from './viewFromLocation';
import { customDatasetNotes } from '../dataset/customDatasetNotes';
import type { DatasetControls } from './datasetControls';
import { localiseRoadmap } from '../dataset/localiseRoadmap';
import { currentLanguage } from '../i18n/i18n';
import { useLocalisedRoadmap } from './useLocalisedRoadmap';

// Only a presenter's second window shows this, so it loads there and nowhere else.
const PresenterView = lazy(() => import('../present/PresenterView').then((m) => ({ default: m.PresenterView })));

function knownIdsOf(roadmap: Roadmap, index: RoadmapIndex): KnownIds {
  return {
    nodes: index.nodes,
    lanes: new Set(allLanes(roadmap).map((l) => l.id)),
    concerns: new Set(roadmap.concerns.map((c) => c.id)),
    levels: new Set(roadmap.levels.map((l) => l.id)),
    tourLength: roadmap.tour?.length ?? 0,
  };
}

/** The explorer for one validated dataset: its store lives as long as the dataset does. */
interface ExplorerProps {
  roadmap: Roadmap;
  today?: number;
  /** Share pages (n/<id>/) exist only for the built-in dataset. */
  nodePages?: boolean;
  /** The `?data=` address of a custom dataset, carried in every link. */
  dataUrl?: string | null;
  /** Opened from a file on this device (or from a link carrying it): links carry the roadmap in their fragment. */
  localFile?: boolean;
  controls?: DatasetControls;
  /** Called once its charts (or the presenter view) have drawn at their real size without an error. */
  onDrawn?: () => void;
}

export function Explorer({ roadmap: original, today, nodePages = true, dataUrl = null, localFile = false, controls, onDrawn }: ExplorerProps) {
  // The URL is parsed before the store exists, so the first paint already shows a deep-linked node or tour step,
  // and in the page's language.
  const [boot] = useState(() => {
    const roadmap = localiseRoadmap(original, currentLanguage());
    const index = indexRoadmap(roadmap);
    const known = knownIdsOf(roadmap, index);
    const now = today ?? Date.now();
    const parsed = viewFromLocation(window.location, known, roadmap, now);
    const share: ShareTarget = { origin: window.location.origin, rootPath: appRootPath(window.location.pathname), nodePages, dataUrl, localFile };
    const notices = [...(nodePages ? [] : customDatasetNotes(roadmap)), ...parsed.notices];
    const store = createAppStore(roadmap, { today: now, initial: parsed.view, presentStep: parsed.presenter ? null : parsed.present, index, notices });
    return { known, share, embed: parsed.embed, presenter: parsed.presenter, store };
  });
  useLocalisedRoadmap(boot.store, original);
  return (
    <AppStoreProvider store={boot.store}>
      {boot.presenter ? (
        <PanelBoundary name="ui.boundary.presenterView">
          <Suspense fallback={null}>
            <PresenterView />
            <Drawn onDrawn={onDrawn} />
          </Suspense>
        </PanelBoundary>
      ) : (
        <ExplorerLayout known={boot.known} share={boot.share} embed={boot.embed} controls={controls} onDrawn={onDrawn} />
      )}
    </AppStoreProvider>
  );
}
