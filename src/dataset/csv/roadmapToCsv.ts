import Papa from 'papaparse';
import type { Roadmap } from '../schema';
import { CONCERN_SEPARATOR, CSV_COLUMNS, type CsvColumn } from './csvColumns';

/**
 * The roadmap as one row per milestone, in the template's columns: its highest level and its first source
 * stand for the rest, as a spreadsheet has one cell for each. A sheet made from the template comes back unchanged.
 */
export function roadmapToCsv(roadmap: Roadmap): string {
  const names = new Map<string, string>([...roadmap.initiatives, ...roadmap.concerns, ...roadmap.levels].map((e) => [e.id, e.name]));
  const ranks = new Map(roadmap.levels.map((l) => [l.id, l.rank]));
  const sources = new Map(roadmap.sources.map((s) => [s.id, s]));
  const rows = roadmap.milestones.map((m): Record<CsvColumn, string> => {
    const level = [...m.levels].sort((a, b) => (ranks.get(b.levelId) ?? 0) - (ranks.get(a.levelId) ?? 0))[0];
    const source = m.sources?.[0] ? sources.get(m.sources[0]) : undefined;
    return {
      date: m.date,
      title: m.title,
      lane: m.initiative ? (names.get(m.initiative) ?? m.initiative) : '',
      summary: m.summary ?? '',
      level: level ? (names.get(level.levelId) ?? level.levelId) : '',
      concerns: (m.concerns ?? []).map((id) => names.get(id) ?? id).join(`${CONCERN_SEPARATOR} `),
      source_url: source?.url ?? '',
      source_title: source?.title ?? '',
      id: m.id,
      confidence: m.confidence,
    };
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) });
}

/** The template a teacher fills in: every column, and two example rows that load as they are. */
export function csvTemplate(): string {
  const rows: Record<CsvColumn, string>[] = [
    {
      date: '2022-11-30',
      title: 'ChatGPT launches',
      lane: 'Chat assistants',
      summary: 'A chatbot anyone can try in a browser, free.',
      level: 'Chatbots',
      concerns: 'Data privacy; Misinformation',
      source_url: 'https://openai.com/index/chatgpt/',
      source_title: 'Introducing ChatGPT',
      id: 'chatgpt-launch',
      confidence: 'primary',
    },
    {
      date: '2024-09',
      title: 'A model that reasons before it answers',
      lane: 'Reasoning models',
      summary: 'Dates may be a year, a month or a day.',
      level: 'Reasoners',
      concerns: 'Misinformation',
      source_url: '',
      source_title: '',
      id: 'reasoning-model',
      confidence: 'unconfirmed',
    },
  ];
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) });
}
