import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { TimelineChart } from '.';
import { renderWithProviders } from '../testing/renderWithProviders';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import type { Roadmap } from '../dataset/schema';

// Every chart mark renders through useMarkProps once per render, so counting its calls counts the marks' renders.
const renders = vi.hoisted(() => [] as string[]);
vi.mock('../ui/useMarkProps', async (importOriginal) => {
  const original = await importOriginal<typeof import('../ui/useMarkProps')>();
  return {
    useMarkProps: (id: string, kindClass: string, label: string) => {
      renders.push(id);
      return original.useMarkProps(id, kindClass, label);
    },
  };
});

/** The fixture with twenty more Codex milestones, a month apart, so a lane holds many marks to move through. */
function roadmapWithLane(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  const codex = r.milestones.find((m) => m.id === 'codex-launch')!;
  for (let i = 0; i < 20; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    r.milestones.push({ ...codex, id: `step-${i}`, title: `Step ${i}`, date: `${2020 + Math.floor(i / 12)}-${month}-15`, concerns: [] });
  }
  return r;
}

describe('TimelineProxies', () => {
  it('re-renders only the two marks that trade the Tab stop on an arrow key, not all of them', () => {
    renderWithProviders(<TimelineChart width={900} />, { roadmap: roadmapWithLane() });
    const first = screen.getByRole('button', { name: /^Step 0,/ });
    act(() => first.focus());
    renders.length = 0;
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = screen.getByRole('button', { name: /^Step 1,/ });
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    expect([...new Set(renders)].sort()).toEqual(['step-0', 'step-1']);
  });
});
