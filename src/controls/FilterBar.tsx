import { usePopover } from '../ui/usePopover';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { allLanes } from '../state/selectors';
import './controls.css';
import { useT } from '../i18n/useT';

/** Show or hide lanes, and light up everything one ethics concern touches. */
export function FilterBar() {
  const store = useAppStoreApi();
  const roadmap = useAppStore((s) => s.roadmap);
  const hidden = useAppStore((s) => s.filters.hiddenLanes);
  const concern = useAppStore((s) => s.filters.concern);
  // A handful of lanes, worked out on each render so the context lane's name follows the language (useT re-renders).
  const lanes = allLanes(roadmap);
  // A highlighted concern has its own Clear in the banner over the details (ConcernBanner), which keeps this row short.
  const active = hidden.length > 0;
  const lanesPopover = usePopover<HTMLFieldSetElement>();
  const t = useT();

  return (
    <div className="filter-bar">
      <label className="concern-filter">
        <span>{t('filters.concern')}</span>
        <select value={concern ?? ''} onChange={(e) => store.getState().setConcernFilter(e.target.value || null)}>
          <option value="">{t('filters.none')}</option>
          {roadmap.concerns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="lane-filter" {...lanesPopover.holderProps}>
        <button type="button" className="lane-filter__button" popoverTarget="lane-filter-popover" aria-expanded={lanesPopover.open}>
          {t('filters.lanes')}
          {hidden.length > 0 && <span className="count"> {t('filters.lanesShown', { shown: lanes.length - hidden.length, total: lanes.length })}</span>}
        </button>
        <fieldset id="lane-filter-popover" className="lane-filter__popover" {...lanesPopover.props}>
          <legend className="visually-hidden">{t('filters.lanesLegend')}</legend>
          {lanes.map((lane) => (
            <label key={lane.id} className="check">
              <input type="checkbox" checked={!hidden.includes(lane.id)} onChange={() => store.getState().toggleLane(lane.id)} />
              {lane.name}
            </label>
          ))}
        </fieldset>
      </div>
      {active && (
        <button type="button" className="link-button" onClick={() => store.getState().resetFilters()}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
