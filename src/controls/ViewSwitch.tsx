import { useAppStore, useAppStoreApi } from '../state/AppStore';
import './controls.css';

/** Charts or the accessible list: two toggle buttons, the pressed one is the view on screen. */
export function ViewSwitch() {
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view ?? 'charts');
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'charts'} onClick={() => store.getState().setView('charts')}>
        Charts
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => store.getState().setView('list')}>
        List
      </button>
    </div>
  );
}
