import { useAppStore } from '../state/AppStore';
import { formatRoadmapDate } from '../dataset/roadmapDate';
import { CONFIDENCE_LABEL } from '../dataset/provenanceLabels';
import { ShowMore, useListLimit } from '../ui/ShowMore';

/** The sources a node cites; the essay's own references are shown as the essay prints them. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = useAppStore((s) => s.index.sources);
  const unique = [...new Set(ids)];
  const { limit, showMore } = useListLimit();
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
                  <span className="source__tag">Cited by the essay</span> <q>{source.essayCitation}</q>
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
                  {source.date && <span className="source__date"> ({formatRoadmapDate(source.date)})</span>}
                </>
              )}
              <span className="source__confidence"> · {CONFIDENCE_LABEL[source.confidence]}</span>
              {source.note && <span className="source__note">{source.note}</span>}
            </li>
          );
        })}
      </ol>
      <ShowMore shown={Math.min(limit, unique.length)} total={unique.length} what="sources" onClick={showMore} />
    </>
  );
}
