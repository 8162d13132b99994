import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { selectSelectedNode } from '../state/selectors';
import { PanelBoundary } from '../ui/PanelBoundary';
import { prefetchWhenIdle } from '../ui/whenIdle';
import { ConcernBanner } from './ConcernBanner';
import { SheetHandle } from './SheetHandle';
import './panel.css';
import { t } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import { formatMilestoneDate } from '../i18n/format';

// framer-motion and the details body load after first paint: nothing is selected on a plain visit.
const loadDetails = () => import('./AnimatedDetails');
const AnimatedDetails = lazy(loadDetails);

/** The details landmark: always present, holding the selected node's details or a hint. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const node = useAppStore(selectSelectedNode);
  const language = useLanguage();
  const reviewedDay = useAppStore((s) => s.roadmap.meta.reviewed);
  const reviewed = reviewedDay ? t('reviewed', { date: formatMilestoneDate(reviewedDay, language) }) : null;
  const scroller = useRef<HTMLDivElement>(null);
  const aside = useRef<HTMLElement>(null);
  const lastId = useRef<string | null>(null);
  // On phones the details are a bottom sheet, half the screen high until its handle expands it.
  const [expanded, setExpanded] = useState(false);
  const close = () => {
    setExpanded(false);
    store.getState().clearSelection();
  };
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0 });
    // Closing the panel hands focus back to the chart mark it was about, instead of dropping it on <body>.
    const previous = lastId.current;
    lastId.current = node?.id ?? null;
    if (node || !previous) return;
    const active = document.activeElement;
    if (active === document.body || aside.current?.contains(active) || active === null) {
      document.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(previous)}"]`)?.focus();
    }
    // That focus previews the mark (its tooltip and links), as does a tap's hover: on a phone, where no pointer
    // rests on the mark, closing the sheet leaves the chart as it was before the tap.
    if (window.matchMedia?.('(max-width: 900px)').matches) store.getState().hover(null);
  }, [node, store]);
  // Fetch the details chunk while the browser is idle, so the first selection shows at once.
  useEffect(() => prefetchWhenIdle(loadDetails), []);

  return (
    <aside aria-label={t('panel.landmark')} className={`details-panel${node ? ' is-open' : ''}${node && expanded ? ' is-expanded' : ''}`} ref={aside}>
      {!node && <ConcernBanner />}
      {node ? (
        <>
          <div className="details-panel__bar">
            <SheetHandle expanded={expanded} onExpand={setExpanded} onClose={close} />
            <button type="button" className="details-panel__close" onClick={close}>
              {t('panel.close')} <span aria-hidden="true">✕</span>
            </button>
          </div>
          <div className="details-panel__body" ref={scroller}>
            <ConcernBanner />
            <PanelBoundary name="panel.boundaryName" resetKey={node.id}>
              <Suspense fallback={<h2 className="node-details__title">{node.title}</h2>}>
                <AnimatedDetails node={node} />
              </Suspense>
            </PanelBoundary>
            {reviewed && <p className="details-panel__reviewed">{reviewed}.</p>}
          </div>
        </>
      ) : (
        <div className="details-panel__empty">
          <p className="details-panel__hint">{t('panel.hint')}</p>
          <p className="muted">{t('panel.tip')}</p>
        </div>
      )}
    </aside>
  );
}
