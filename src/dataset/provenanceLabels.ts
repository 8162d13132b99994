import type { Basis, Confidence } from './schema';

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  primary: 'Confirmed by a primary source',
  secondary: 'Reported by a secondary source',
  unconfirmed: 'Unconfirmed',
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
