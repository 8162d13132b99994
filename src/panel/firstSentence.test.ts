import { describe, expect, it } from 'vitest';
import { firstSentence } from './firstSentence';

describe('firstSentence', () => {
  it('stops at the first sentence end followed by a space', () => {
    expect(firstSentence('Regulators acted. A fine followed.')).toBe('Regulators acted.');
    expect(firstSentence('Is it safe? Nobody knows.')).toBe('Is it safe?');
  });

  it('keeps a full stop inside a word or number, and a text of one sentence whole', () => {
    expect(firstSentence('A €1.5M fine, later annulled. More.')).toBe('A €1.5M fine, later annulled.');
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
    expect(firstSentence('No stop at all')).toBe('No stop at all');
  });
});
