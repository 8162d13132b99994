import { describe, expect, it } from 'vitest';
import { checkLinks, formatJsonPath } from './checkLinks';
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

const listed = (r: Roadmap) => checkLinks(r).map((p) => `${formatJsonPath(p.path)}: ${p.message}`);

describe('checkLinks', () => {
  it('finds no problem in the fixture', () => {
    expect(checkLinks(base())).toEqual([]);
  });

  it('catches each edit that breaks a link', () => {
    EDITS.forEach((edit, i) => {
      const broken = base();
      edit(broken, false);
      expect(checkLinks(broken).length, `edit ${i}`).toBeGreaterThan(0);
    });
  });

  it('names where each broken reference is and what is wrong with it', () => {
    const r = base();
    r.milestones[1]!.levels[0]!.sources = ['src-a', 'nope'];
    r.initiatives[0]!.concerns[0]!.concernId = 'gone';
    r.tour![0]!.nodeId = 'missing';
    expect(listed(r)).toEqual([
      'initiatives[0].concerns[0].concernId: is not the id of any concern',
      'milestones[1].levels[0].sources[1]: is not the id of any source',
      'tour[0].nodeId: is not the id of any node',
    ]);
  });

  it("refuses an initiative that takes the context lane's id, by name", () => {
    const r = base();
    r.initiatives[1]!.id = 'context';
    r.milestones[2]!.initiative = 'context';
    expect(listed(r)).toEqual([`initiatives[1].id: is the id of the timeline’s context lane; choose another id for this initiative`]);
  });

  it('catches any two broken links together, over every pair of edits', () => {
    for (let a = 0; a < EDITS.length; a++) {
      for (let b = a + 1; b < EDITS.length; b++) {
        const r = base();
        EDITS[a]!(r, false);
        EDITS[b]!(r, false);
        expect(checkLinks(r).length, `edits ${a} and ${b}`).toBeGreaterThan(0);
      }
    }
  });
});
