import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { useT } from '../i18n/useT';
import { NodeButton } from './NodeButton';
import { firstSentence } from './firstSentence';

/** Says which concern "Highlight concern" lights up and what it is, with a way to turn it off. */
export function ConcernBanner() {
  const store = useAppStoreApi();
  const concern = useAppStore((s) => (s.filters.concern ? s.roadmap.concerns.find((c) => c.id === s.filters.concern) : undefined));
  const t = useT();
  if (!concern) return null;
  return (
    <section className="concern-banner" aria-labelledby="concern-banner-title">
      <p className="concern-banner__label" id="concern-banner-title">
        {t('concern.banner')}: <NodeButton id={concern.id}>{concern.name}</NodeButton>
      </p>
      {concern.summary && <p className="concern-banner__summary">{firstSentence(concern.summary)}</p>}
      <button type="button" className="concern-banner__clear" onClick={() => store.getState().setConcernFilter(null)}>
        {t('concern.clear')}
      </button>
    </section>
  );
}
