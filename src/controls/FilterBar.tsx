import { useMemo, useRef } from 'react';
import { useDismissableDetails } from '../ui/useDismissableDetails';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { allLanes } from '../state/selectors';
import './controls.css';

/** Show or hide lanes, and light up everything one ethics concern touches. */
export function FilterBar() {
  const store = useAppStoreApi();
  const roadmap = useAppStore((s) => s.roadmap);
  const hidden = useAppStore((s) => s.filters.hiddenLanes);
  const concern = useAppStore((s) => s.filters.concern);
  const lanes = useMemo(() => allLanes(roadmap), [roadmap]);
  const active = hidden.length > 0 || concern !== null;
  const lanesRef = useRef<HTMLDetailsElement>(null);
  useDismissableDetails(lanesRef);

  return (
    <div className="filter-bar">
      <label className="concern-filter">
        <span>Highlight concern</span>
        <select value={concern ?? ''} onChange={(e) => store.getState().setConcernFilter(e.target.value || null)}>
          <option value="">None</option>
          {roadmap.concerns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <details className="lane-filter" ref={lanesRef}>
        <summary>
          Lanes
          {hidden.length > 0 && (
            <span className="count">
              {' '}
              ({lanes.length - hidden.length} of {lanes.length})
            </span>
          )}
        </summary>
        <fieldset>
          <legend className="visually-hidden">Timeline lanes to show</legend>
          {lanes.map((lane) => (
            <label key={lane.id} className="check">
              <input type="checkbox" checked={!hidden.includes(lane.id)} onChange={() => store.getState().toggleLane(lane.id)} />
              {lane.name}
            </label>
          ))}
        </fieldset>
      </details>
      {active && (
        <button type="button" className="link-button" onClick={() => store.getState().resetFilters()}>
          Clear filters
        </button>
      )}
    </div>
  );
}
