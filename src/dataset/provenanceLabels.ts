import type { Basis, Confidence } from './schema';

// One meaning everywhere, for a node and for a source alike (the README's "Keeping the roadmap current").
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  primary: 'Primary: the organisation’s own page or document',
  secondary: 'Secondary: reputable reporting',
  unconfirmed: 'Unconfirmed: no primary or reputable source',
};

export const BASIS_LABEL: Record<Basis, string> = {
  'openai-statement': 'OpenAI statement',
  'press-report': 'Press report',
  editorial: 'Our editorial mapping',
};

/** The same bases inside a sentence ("mapped to this level by our editorial mapping"). */
export const BASIS_INLINE: Record<Basis, string> = {
  'openai-statement': 'OpenAI statement',
  'press-report': 'press report',
  editorial: 'our editorial mapping',
};
