import { useAppStore } from '../state/AppStore';
import { ShowMore, useListLimit } from '../ui/ShowMore';
import { t } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import { formatMilestoneDate } from '../i18n/format';
import { confidenceLabel } from '../i18n/labels';

/** The sources a node cites; the essay's own references are shown as the essay prints them. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = useAppStore((s) => s.index.sources);
  const unique = [...new Set(ids)];
  const { limit, showMore } = useListLimit();
  const language = useLanguage();
  return (
    <>
      <ol className="source-list">
        {unique.slice(0, limit).map((id) => {
          const source = sources.get(id);
          if (!source) return null;
          return (
            <li key={id} className={source.essayCitation ? 'source source--essay' : 'source'}>
              {source.essayCitation ? (
                <>
                  <span className="source__tag">{t('panel.citedByEssay')}</span> <q>{source.essayCitation}</q>
                </>
              ) : (
                <>
                  <span className="source__publisher">{source.publisher}</span>,{' '}
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    <cite>{source.title}</cite>
                  )}
                  {source.date && <span className="source__date"> ({formatMilestoneDate(source.date, language)})</span>}
                </>
              )}
              <span className="source__confidence"> · {confidenceLabel(source.confidence)}</span>
              {source.note && <span className="source__note">{source.note}</span>}
            </li>
          );
        })}
      </ol>
      <ShowMore shown={Math.min(limit, unique.length)} total={unique.length} what="common.showMoreSources" onClick={showMore} />
    </>
  );
}
