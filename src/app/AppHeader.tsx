import { useAppStore } from '../state/AppStore';
import { SearchBox } from '../search/SearchBox';
import { FilterBar } from '../controls/FilterBar';
import { LegendKey } from '../controls/Legend';
import { ShareMenu } from '../share/ShareMenu';
import type { ShareTarget } from '../share/shareLinks';
import { OfflineStatus } from '../offline/OfflineStatus';
import { useT } from '../i18n/useT';
import { DatasetShowing } from './DatasetMenu';
import type { DatasetControls } from './datasetControls';
import { MoreMenu } from './MoreMenu';

interface AppHeaderProps {
  share: ShareTarget;
  controls?: DatasetControls;
  onTour: () => void;
  onKeys: () => void;
}

/**
 * The first screen's header: what this is and where to start (the essay, the tour), then one row of controls with
 * the rarely used ones in "More", then the key to the marks' colours and shapes.
 */
export function AppHeader({ share, controls, onTour, onKeys }: AppHeaderProps) {
  const title = useAppStore((s) => s.roadmap.meta.title);
  const subtitle = useAppStore((s) => s.roadmap.meta.subtitle);
  const hasTour = useAppStore((s) => (s.roadmap.tour?.length ?? 0) > 0);
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header__intro">
        <div className="app-header__title-row">
          <h1>{title}</h1>
          <OfflineStatus />
          {hasTour && (
            <button type="button" className="tour-button" onClick={onTour} title={t('header.takeTourTitle')}>
              {t('header.takeTour')}
            </button>
          )}
        </div>
        <p className="app-header__subtitle">
          {subtitle}
          {/* The essay page is built from the built-in dataset, the only one with share pages. */}
          {share.nodePages && (
            <>
              {' '}
              <a href={`${share.rootPath}essay/`}>{t('header.readEssay')}</a>
            </>
          )}
        </p>
      </div>
      <div className="app-header__controls">
        <SearchBox />
        <FilterBar />
        {controls && <DatasetShowing controls={controls} />}
        <ShareMenu target={share} />
        <MoreMenu controls={controls} onKeys={onKeys} />
      </div>
      <LegendKey />
    </header>
  );
}
