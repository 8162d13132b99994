import type { Basis, Confidence } from '../dataset/schema';

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
