import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { selectNodeState } from '../state/selectors';
import type { Milestone } from '../dataset/schema';
import { concernNames, listOutline, type OutlineInitiative } from './listOutline';
import { ShowMore, useListLimit } from '../ui/ShowMore';
import './list.css';
import { t } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import { formatList, formatMilestoneDate } from '../i18n/format';
import { currentLevelLabels, mappedByText } from '../i18n/labels';

/** Selects a node from the list; the current selection is marked for assistive technology. */
function Item({ id, children }: { id: string; children: React.ReactNode }) {
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.selectedId === id);
  // The charts' highlighting (search matches, a selection's links) marks the list too.
  const state = useAppStore(selectNodeState(id));
  return (
    <button type="button" className={`list-item list-item--${state}`} aria-current={selected ? 'true' : undefined} onClick={() => store.getState().select(id)}>
      {children}
    </button>
  );
}

function Sources({ ids = [] }: { ids?: readonly string[] }) {
  const sources = useAppStore((s) => s.index.sources);
  const language = useLanguage();
  const names = [...new Set(ids)]
    .map((id) => sources.get(id))
    .filter(Boolean)
    .map((s) => (s?.essayCitation ? t('list.theEssay') : (s?.publisher ?? '')));
  if (!names.length) return null;
  return <span className="list-meta">{t('list.sources', { names: formatList([...new Set(names)], language) })}</span>;
}

function MilestoneList({ milestones }: { milestones: Milestone[] }) {
  const roadmap = useAppStore((s) => s.roadmap);
  const { limit, showMore } = useListLimit();
  const language = useLanguage();
  if (!milestones.length) return null;
  return (
    <>
      <ol className="list-milestones">
        {milestones.slice(0, limit).map((m) => {
          const concerns = concernNames(roadmap, m.concerns);
          return (
            <li key={m.id}>
              <time dateTime={m.date}>{formatMilestoneDate(m.date, language)}</time> <Item id={m.id}>{m.title}</Item>
              {concerns.length > 0 && <span className="list-meta">{t('list.concerns', { names: formatList(concerns, language) })}</span>}
              <Sources ids={m.sources} />
            </li>
          );
        })}
      </ol>
      <ShowMore shown={Math.min(limit, milestones.length)} total={milestones.length} what="common.showMoreMilestones" onClick={showMore} />
    </>
  );
}

function InitiativeItem({ item }: { item: OutlineInitiative }) {
  const roadmap = useAppStore((s) => s.roadmap);
  const concerns = concernNames(
    roadmap,
    item.initiative.concerns.map((c) => c.concernId),
  );
  const language = useLanguage();
  return (
    <li>
      <h4>
        <Item id={item.initiative.id}>{item.initiative.name}</Item>
      </h4>
      {item.basis && <span className="list-meta">{mappedByText(item.basis)}</span>}
      {concerns.length > 0 && <span className="list-meta">{t('list.concerns', { names: formatList(concerns, language) })}</span>}
      <Sources ids={item.initiative.sources} />
      <MilestoneList milestones={item.milestones} />
    </li>
  );
}

/** The whole roadmap as a semantic outline for screen readers and keyboards, sharing the selection with the charts. */
export function ListView() {
  const roadmap = useAppStore((s) => s.roadmap);
  const outline = useMemo(() => listOutline(roadmap), [roadmap]);
  const language = useLanguage();
  return (
    <section className="list-view" aria-labelledby="list-title">
      <h2 id="list-title">{t('list.title')}</h2>
      <p className="list-meta">{t('list.intro')}</p>
      <ol className="list-levels">
        {outline.levels.map(({ level, isCurrent, initiatives }) => (
          <li key={level.id}>
            <h3>
              <Item id={level.id}>{t('list.level', { rank: level.rank, name: level.name })}</Item>
            </h3>
            <span className="list-meta">
              {/* The definitions are the essay's paraphrases, labelled as such here as in the details panel. */}
              {level.definition && t('panel.essayDefinition', { definition: level.definition })}
              {isCurrent &&
                roadmap.currentLevel &&
                ` ${t('list.currentLevel', { legend: currentLevelLabels(roadmap.currentLevel).legend, date: formatMilestoneDate(roadmap.currentLevel.date, language) })}`}
            </span>
            {initiatives.length > 0 && (
              <ul className="list-initiatives">
                {initiatives.map((item) => (
                  <InitiativeItem key={item.initiative.id} item={item} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {outline.unmapped.length > 0 && (
        <>
          <h3>{t('list.unmapped')}</h3>
          <ul className="list-initiatives">
            {outline.unmapped.map((item) => (
              <InitiativeItem key={item.initiative.id} item={item} />
            ))}
          </ul>
        </>
      )}
      {outline.context.length > 0 && (
        <>
          <h3>{t('list.context')}</h3>
          <MilestoneList milestones={outline.context} />
        </>
      )}
    </section>
  );
}
