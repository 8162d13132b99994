import { describe, expect, it } from 'vitest';
import { checkLinks, linksAreSound, listLinkProblems } from './checkLinks';
import type { Roadmap } from './schema';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

/** The fixture with a tour and a discrepancy on a milestone, so every kind of reference is present. */
function base(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  r.tour = [{ nodeId: 'codex', headline: 'H', narration: 'N', notes: 'n', sources: ['src-a'] }];
  r.milestones[1]!.discrepancies = [{ topic: 'T', essaySays: 'E', sourcesSay: 'S', sources: ['src-b'] }];
  return r;
}

// Each edit points one reference somewhere: at something that exists (`fine`) or not. Ids clash only when not fine.
const EDITS: ((r: Roadmap, fine: boolean) => void)[] = [
  (r, fine) => (r.milestones[0]!.sources = [fine ? 'src-b' : 'nope']),
  (r, fine) => (r.milestones[2]!.initiative = fine ? 'codex' : 'nope'),
  (r, fine) => (r.milestones[1]!.levels[0]!.levelId = fine ? 'level-2' : 'nope'),
  (r, fine) => (r.milestones[1]!.levels[0]!.sources = ['src-a', fine ? 'src-b' : 'nope']),
  (r, fine) => (r.milestones[2]!.concerns = [fine ? 'data-privacy' : 'nope']),
  (r, fine) => (r.milestones[1]!.discrepancies![0]!.sources = [fine ? 'src-a' : 'nope']),
  (r, fine) => (r.milestones[2]!.id = fine ? 'sora-2' : 'codex'),
  (r, fine) => (r.levels[2]!.id = fine ? 'level-9' : 'chat-launch'),
  (r, fine) => (r.levels[1]!.rank = fine ? 7 : 1),
  (r, fine) => (r.levels[0]!.sources = [fine ? 'src-b' : 'nope']),
  (r, fine) => (r.concerns[0]!.sources = [fine ? 'src-b' : 'nope']),
  (r, fine) => (r.initiatives[0]!.concerns[0]!.concernId = fine ? 'data-privacy' : 'nope'),
  (r, fine) => (r.initiatives[0]!.concerns[0]!.sources = [fine ? 'src-b' : 'nope']),
  (r, fine) => (r.initiatives[0]!.discrepancies![0]!.sources = [fine ? 'src-a' : 'nope']),
  (r, fine) => (r.initiatives[1]!.levels[0]!.levelId = fine ? 'level-3' : 'nope'),
  (r, fine) => (r.sources[1]!.id = fine ? 'src-c' : 'src-a'),
  (r, fine) => (r.currentLevel!.levelId = fine ? 'level-3' : 'nope'),
  (r, fine) => (r.currentLevel!.sources = [fine ? 'src-b' : 'nope']),
  (r, fine) => (r.tour![0]!.nodeId = fine ? 'sora-launch' : 'nope'),
  (r, fine) => (r.tour![0]!.sources = [fine ? 'src-b' : 'nope']),
  (r, fine) => {
    r.initiatives[1]!.id = fine ? 'sora-2' : 'context';
    r.milestones[2]!.initiative = r.initiatives[1]!.id;
  },
];

describe('checkLinks', () => {
  it('finds no problem in the fixture', () => {
    expect(linksAreSound(base())).toBe(true);
    expect(checkLinks(base())).toEqual([]);
  });

  it('each edit that breaks a link is caught by both passes', () => {
    EDITS.forEach((edit, i) => {
      const r = base();
      edit(r, false);
      expect(linksAreSound(r), `edit ${i}`).toBe(false);
      expect(listLinkProblems(r).length, `edit ${i}`).toBeGreaterThan(0);
      expect(checkLinks(r)).toEqual(listLinkProblems(r));
    });
  });

  it("refuses an initiative that takes the context lane's id, by name", () => {
    const r = base();
    r.initiatives[1]!.id = 'context';
    r.milestones[2]!.initiative = 'context';
    expect(checkLinks(r)).toEqual([{ path: 'initiatives[1].id', message: `"context" is the id of the timeline's context lane; choose another id for this initiative` }]);
  });

  it('the quick pass says yes exactly when the full pass lists nothing, over every pair of edits', () => {
    let sound = 0;
    for (let a = 0; a < EDITS.length; a++) {
      for (let b = a; b < EDITS.length; b++) {
        for (const [fineA, fineB] of [[true, true], [true, false], [false, true], [false, false]] as const) {
          const r = base();
          EDITS[a]!(r, fineA);
          EDITS[b]!(r, fineB);
          const problems = listLinkProblems(r);
          expect(linksAreSound(r), `edits ${a}/${fineA} ${b}/${fineB}: ${JSON.stringify(problems)}`).toBe(problems.length === 0);
          if (problems.length === 0) sound++;
        }
      }
    }
    expect(sound).toBeGreaterThan(100);
  });
});
