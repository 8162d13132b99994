import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../state/AppStore';
import { selectTooltipNode } from '../state/selectors';
import { formatMilestoneDate } from '../i18n/format';
import { t } from '../i18n/i18n';
import { useLanguage } from '../i18n/useT';
import type { Language } from '../i18n/languages';
import type { RoadmapNode } from '../dataset/indexRoadmap';
import './tooltip.css';

function subtitle(node: RoadmapNode, language: Language): string {
  switch (node.kind) {
    case 'milestone':
      return formatMilestoneDate(node.entity.date, language);
    case 'level':
      return t('panel.kind.level', { rank: node.entity.rank });
    case 'initiative':
      return t(node.entity.group === 'product' ? 'app.tip.product' : 'app.tip.domain');
    case 'concern':
      return t('panel.kind.concern');
  }
}

/**
 * A small label by the hovered or focused mark. The mark's accessible name already says the same,
 * so it is hidden from screen readers. It is placed after layout, by measuring the mark.
 */
export function HoverTooltipBox() {
  const language = useLanguage();
  const node = useAppStore(selectTooltipNode);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const tip = ref.current;
    if (!tip || !node) return;
    const el = document.querySelector(`[data-node-id="${CSS.escape(node.id)}"]`);
    if (!el) return;
    const r = el.getBoundingClientRect();
    tip.style.left = `${Math.min(Math.max(136, r.left + r.width / 2), window.innerWidth - 136)}px`;
    tip.style.top = `${r.top}px`;
    tip.style.visibility = 'visible';
  }, [node]);
  if (!node) return null;
  return (
    <div ref={ref} className="tooltip" aria-hidden="true" style={{ visibility: 'hidden' }}>
      <strong>{node.title}</strong>
      <span>{subtitle(node, language)}</span>
    </div>
  );
}
