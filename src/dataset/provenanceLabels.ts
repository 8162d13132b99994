import type { Basis } from './schema';

/** The same bases inside a sentence ("mapped to this level by our editorial mapping"). */
export const BASIS_INLINE: Record<Basis, string> = {
  'openai-statement': 'OpenAI statement',
  'press-report': 'press report',
  editorial: 'our editorial mapping',
};
