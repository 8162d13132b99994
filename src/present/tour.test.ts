import { describe, expect, it } from 'vitest';
import { presentationAction, stepOfNode } from './tour';

const tour = [
  { nodeId: 'level-1', headline: 'a', narration: 'a', notes: 'a', sources: ['src-a'] },
  { nodeId: 'codex', headline: 'b', narration: 'b', notes: 'b', sources: ['src-a'] },
];

describe('tour helpers', () => {
  it("starts at the selected node's step, else at the first", () => {
    expect(stepOfNode(tour, 'codex')).toBe(1);
    expect(stepOfNode(tour, 'sora')).toBe(0);
    expect(stepOfNode(tour, null)).toBe(0);
  });

  it('maps clicker and keyboard keys to actions', () => {
    expect(presentationAction('PageDown')).toEqual({ type: 'next' });
    expect(presentationAction(' ')).toEqual({ type: 'next' });
    expect(presentationAction('PageUp')).toEqual({ type: 'previous' });
    expect(presentationAction('ArrowUp')).toEqual({ type: 'previous' });
    expect(presentationAction('End')).toEqual({ type: 'last' });
    expect(presentationAction('7')).toEqual({ type: 'digit', digit: '7' });
    expect(presentationAction('b')).toEqual({ type: 'blank' });
    expect(presentationAction('x')).toBeNull();
  });
});
