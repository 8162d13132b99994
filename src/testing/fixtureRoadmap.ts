import type { Roadmap } from '../dataset/schema';

const src = ['src-a'];

/** A tiny, valid roadmap for unit and component tests: three levels, two lanes plus context. */
export const fixtureRoadmap: Roadmap = {
  meta: { title: 'Fixture roadmap', subtitle: 'For tests', essayTitle: 'Fixture essay', levelsTitle: 'The three levels' },
  levels: [1, 2, 3].map((rank) => ({
    id: `level-${rank}`,
    rank,
    name: ['Chatbots', 'Reasoners', 'Agents'][rank - 1] ?? '',
    essayName: ['Chatbots', 'Reasoners', 'Agents'][rank - 1] ?? '',
    definition: `Definition ${rank}`,
    summary: `Level ${rank} summary`,
    sources: src,
    confidence: 'secondary' as const,
  })),
  currentLevel: {
    levelId: 'level-2',
    holder: 'OpenAI',
    statement: 'We are at level 2',
    date: '2024-10-01',
    basis: 'openai-statement',
    sources: src,
    confidence: 'secondary',
  },
  initiatives: [
    {
      id: 'codex',
      name: 'Codex',
      shortName: 'Codex',
      group: 'product',
      summary: 'A coding agent.',
      essayClaim: 'Built on GPT-3.',
      discrepancies: [{ topic: 'Base model', essaySays: 'GPT-3', sourcesSay: 'o3', sources: ['src-b'] }],
      levels: [{ levelId: 'level-3', basis: 'editorial', sources: src }],
      concerns: [{ concernId: 'data-privacy', note: 'Runs on your code.', sources: src }],
      sources: ['src-a', 'src-b'],
      confidence: 'primary',
    },
    {
      id: 'sora',
      name: 'Sora',
      shortName: 'Sora',
      group: 'product',
      summary: 'Text to video.',
      levels: [{ levelId: 'level-1', basis: 'editorial', sources: src }],
      concerns: [],
      sources: src,
      confidence: 'secondary',
    },
  ],
  concerns: [
    { id: 'data-privacy', name: 'Data privacy', summary: 'Personal data.', sources: src, confidence: 'secondary' },
  ],
  milestones: [
    {
      id: 'chat-launch',
      title: 'Chat launched',
      date: '2022-11-30',
      summary: 'A chatbot.',
      initiative: null,
      levels: [{ levelId: 'level-1', basis: 'press-report', sources: src }],
      sources: src,
      confidence: 'primary',
    },
    {
      id: 'codex-launch',
      title: 'Codex launched',
      date: '2025-05-16',
      summary: 'An agent.',
      initiative: 'codex',
      levels: [{ levelId: 'level-3', basis: 'editorial', sources: src }],
      concerns: ['data-privacy'],
      sources: src,
      confidence: 'primary',
    },
    {
      id: 'sora-launch',
      title: 'Sora launched',
      date: '2024-12',
      summary: 'Video.',
      initiative: 'sora',
      levels: [],
      sources: src,
      confidence: 'secondary',
    },
  ],
  sources: [
    { id: 'src-a', publisher: 'Publisher A', title: 'Article A', url: 'https://example.org/a', confidence: 'primary' },
    { id: 'src-b', publisher: 'Publisher B', title: 'Article B', date: '2025', confidence: 'secondary', essayCitation: 'B. (2025). Article B.' },
  ],
};
