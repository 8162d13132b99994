import { useEffect, useMemo, useRef } from 'react';
import type { RoadmapNode } from '../dataset/indexRoadmap';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import { linkedNodes } from './linkedNodes';
import { BasisBadge, ConfidenceBadge } from './ProvenanceBadge';
import { EssayVersusSources } from './EssayVersusSources';
import { NodeButton } from './NodeButton';
import { SourceList } from './SourceList';
import { ShowMore, useListLimit } from '../ui/ShowMore';
import { t } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import { formatMilestoneDate } from '../i18n/format';
import { currentLevelLabels } from '../i18n/labels';

/** "Level 2", "Initiative · product", "Ethics concern", "Milestone". */
function kindLabel(node: RoadmapNode): string {
  if (node.kind === 'level') return t('panel.kind.level', { rank: node.entity.rank });
  if (node.kind === 'initiative') return t(node.entity.group === 'product' ? 'panel.kind.product' : 'panel.kind.domain');
  return t(node.kind === 'concern' ? 'panel.kind.concern' : 'panel.kind.milestone');
}

/** Everything known about one node: what it is, where it sits, what the essay claims and who says so. */
export function NodeDetails({ node }: { node: RoadmapNode }) {
  const store = useAppStoreApi();
  const roadmap = useAppStore((s) => s.roadmap);
  const index = useAppStore((s) => s.index);
  const links = useMemo(() => linkedNodes(roadmap, index, node), [roadmap, index, node]);
  const milestoneLimit = useListLimit();
  const e = node.entity;
  const current = node.kind === 'level' && roadmap.currentLevel?.levelId === node.id ? roadmap.currentLevel : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const language = useLanguage();
  const date = (value: string) => formatMilestoneDate(value, language);
  useEffect(() => {
    if (store.getState().takeHeadingFocus()) heading.current?.focus();
  }, [store]);

  return (
    <article className="node-details">
      <p className="node-details__kind">{kindLabel(node)}</p>
      <h2 className="node-details__title" tabIndex={-1} ref={heading}>
        {node.title}
      </h2>
      {node.kind === 'milestone' && (
        <p className="node-details__date">
          <time dateTime={node.entity.date}>{date(node.entity.date)}</time>
          {node.entity.dateNote && <span className="muted"> · {node.entity.dateNote}</span>}
        </p>
      )}
      {node.kind === 'level' && node.entity.essayName && node.entity.essayName !== node.entity.name && (
        <p className="muted">{t('panel.essayCalls', { name: node.entity.essayName })}</p>
      )}
      <p className="node-details__badges">
        <ConfidenceBadge confidence={e.confidence} />
      </p>

      {current && (
        <section className="panel-section current-statement" aria-labelledby="current-heading">
          <h3 id="current-heading">{currentLevelLabels(current).heading}</h3>
          <p>{current.statement}</p>
          <p className="muted">
            {date(current.date)} · <BasisBadge basis={current.basis} /> <ConfidenceBadge confidence={current.confidence} />
          </p>
          {current.note && <p className="muted">{current.note}</p>}
        </section>
      )}

      <section className="panel-section" aria-labelledby="summary-heading">
        <h3 id="summary-heading">{t('panel.summary')}</h3>
        {node.kind === 'level' && node.entity.definition && (
          <p className="level-definition">{t('panel.essayDefinition', { definition: node.entity.definition })}</p>
        )}
        {e.summary ? <p>{e.summary}</p> : <p className="muted">{t('panel.noSummary')}</p>}
        {node.kind === 'initiative' && <Bullets items={node.entity.details} />}
        {node.kind === 'concern' && <Bullets items={node.entity.evidence} />}
      </section>

      <EssayVersusSources essayClaim={e.essayClaim} discrepancies={e.discrepancies} />

      {links.levels.length > 0 && (
        <section className="panel-section" aria-labelledby="levels-heading">
          <h3 id="levels-heading">{t('panel.levels')}</h3>
          <ul className="link-list">
            {links.levels.map((l) => (
              <li key={l.id}>
                <NodeButton id={l.id} /> <BasisBadge basis={l.basis} />
                {l.note && <p className="muted">{l.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {links.initiatives.length > 0 && (
        <section className="panel-section" aria-labelledby="initiatives-heading">
          <h3 id="initiatives-heading">{t(node.kind === 'milestone' ? 'panel.initiative' : 'panel.initiatives')}</h3>
          <ul className="link-list">
            {links.initiatives.map((i) => (
              <li key={i.id}>
                <NodeButton id={i.id} /> {i.basis && <BasisBadge basis={i.basis} />}
                {i.note && <p className="muted">{i.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {node.kind === 'milestone' && node.entity.initiative === null && <p className="muted">{t('panel.contextLane')}</p>}

      {links.concerns.length > 0 && (
        <section className="panel-section" aria-labelledby="concerns-heading">
          <h3 id="concerns-heading">{t('panel.concerns')}</h3>
          <ul className="link-list">
            {links.concerns.map((c) => (
              <li key={c.id}>
                <NodeButton id={c.id} />
                {c.note && <p>{c.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {links.milestones.length > 0 && (
        <section className="panel-section" aria-labelledby="milestones-heading">
          <h3 id="milestones-heading">{t('panel.milestones')}</h3>
          <ul className="link-list link-list--compact">
            {links.milestones.slice(0, milestoneLimit.limit).map((m) => (
              <li key={m.id}>
                <time dateTime={m.date} className="muted">
                  {date(m.date)}
                </time>{' '}
                <NodeButton id={m.id} />
              </li>
            ))}
          </ul>
          <ShowMore
            shown={Math.min(milestoneLimit.limit, links.milestones.length)}
            total={links.milestones.length}
            what="common.showMoreMilestones"
            onClick={milestoneLimit.showMore}
          />
        </section>
      )}

      <section className="panel-section" aria-labelledby="sources-heading">
        <h3 id="sources-heading">{t('common.sources')}</h3>
        <SourceList ids={links.sourceIds} />
      </section>
    </article>
  );
}

function Bullets({ items }: { items?: string[] }) {
  if (!items?.length) return null;
  return (
    <ul className="bullets">
      {items.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ul>
  );
}
