import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { selectSelectedNode } from '../state/selectors';

// framer-motion and the details body load after first paint: nothing is selected on a plain visit.
const AnimatedDetails = lazy(() => import('./AnimatedDetails'));

/** The details landmark: always present, holding the selected node's details or a hint. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const node = useAppStore(selectSelectedNode);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0 });
  }, [node]);

  return (
    <aside aria-label="Details" className={`details-panel${node ? ' is-open' : ''}`}>
      {node ? (
        <>
          <div className="details-panel__bar">
            <button type="button" className="details-panel__close" onClick={() => store.getState().clearSelection()}>
              Close details <span aria-hidden="true">✕</span>
            </button>
          </div>
          <div className="details-panel__body" ref={scroller}>
            <Suspense fallback={<p className="muted">Loading details…</p>}>
              <AnimatedDetails node={node} />
            </Suspense>
          </div>
        </>
      ) : (
        <div className="details-panel__empty">
          <p className="details-panel__hint">Select a level, an initiative or a milestone to see its details, the ethics concerns it raises and its sources.</p>
          <p className="muted">Tip: press Tab to move through the charts and Enter to select; Escape closes the details.</p>
        </div>
      )}
    </aside>
  );
}
