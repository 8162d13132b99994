import { useAppStore, useAppStoreApi } from '../state/AppStore';
import './controls.css';
import { useT } from '../i18n/useT';

/** Charts or the accessible list: two toggle buttons, the pressed one is the view on screen. */
export function ViewSwitch() {
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view ?? 'charts');
  const t = useT();
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      <button type="button" aria-pressed={view === 'charts'} onClick={() => store.getState().setView('charts')}>
        {t('view.charts')}
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => store.getState().setView('list')}>
        {t('view.list')}
      </button>
    </div>
  );
}
