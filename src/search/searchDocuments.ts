import type { RoadmapIndex, RoadmapNode } from '../dataset/indexRoadmap';
import { formatRoadmapDate } from '../dataset/roadmapDate';
import { t } from '../i18n/i18n';
import { formatMilestoneDate } from '../i18n/format';
import type { Language } from '../i18n/languages';

/** What the search reads of one node: each field is a string the index tokenises. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  /**
   * "2025 2025-05 2025-05-16 16 May 2025": the date as written and as read, so "2025-05" and "May 2025" both find it;
   * in another language, as it reads there too ("16. Mai 2025").
   */
  dates: string;
  sources: string;
  lane: string;
}

export const SEARCH_FIELDS = ['title', 'summary', 'dates', 'sources', 'lane'] as const;

/** The lane a node sits in on the timeline, for the result list: its initiative, the context lane ("Context"), or none. */
export function laneName(node: RoadmapNode, index: RoadmapIndex): string {
  if (node.kind === 'initiative') return node.entity.shortName;
  if (node.kind !== 'milestone') return '';
  const lane = node.entity.initiative ? index.nodes.get(node.entity.initiative) : undefined;
  return lane?.kind === 'initiative' ? lane.entity.shortName : t('lane.context');
}

const inContextLane = (node: RoadmapNode, index: RoadmapIndex) =>
  node.kind === 'milestone' && index.nodes.get(node.entity.initiative ?? '')?.kind !== 'initiative';

/** "2025-05-16" → "2025 2025-05 2025-05-16": each precision a word of its own, so a year or a month finds the day. */
export function dateWords(date: string): string {
  return [date.slice(0, 4), date.length >= 7 ? date.slice(0, 7) : '', date.length >= 10 ? date : ''].filter(Boolean).join(' ');
}

/**
 * One document per level, initiative, concern and milestone, in the order the dataset lists them. Dates and the
 * context lane are found by their English words and, in another language, by that language's too.
 */
export function searchDocuments(index: RoadmapIndex, language: Language = 'en'): SearchDocument[] {
  const context = language === 'en' ? '' : ` ${t('lane.context')}`;
  const docs: SearchDocument[] = [];
  for (const node of index.nodes.values()) {
    const e = node.entity;
    const sources = (e.sources ?? []).map((id) => index.sources.get(id)).map((s) => (s ? `${s.publisher} ${s.title}` : ''));
    const date = node.kind === 'milestone' ? node.entity.date : '';
    docs.push({
      id: node.id,
      title: node.kind === 'initiative' ? `${node.title} ${node.entity.shortName}` : node.title,
      summary: e.summary ?? '',
      dates: date ? `${dateWords(date)} ${formatRoadmapDate(date)}${language === 'en' ? '' : ` ${formatMilestoneDate(date, language)}`}` : '',
      sources: sources.join(' '),
      lane: inContextLane(node, index) ? `Context${context}` : laneName(node, index),
    });
  }
  return docs;
}
