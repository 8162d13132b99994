import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { AppStoreProvider } from '../state/AppStore';
import { createAppStore, type AppStore } from '../state/createAppStore';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { searchDocuments } from './searchDocuments';
import type { SearchReply, SearchRequest } from './searchWorker';
import { HIGHLIGHT_PAUSE_MS, useSearchMatches } from './useSearchMatches';
import { activateLanguage } from '../i18n/i18n';

/** A worker that answers only when the test says so, to play replies late, or in another order. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
  sent: SearchRequest[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: SearchRequest) {
    this.sent.push(message);
  }
  terminate() {}
  reply(message: SearchReply) {
    act(() => this.onmessage?.({ data: message } as MessageEvent<SearchReply>));
  }
  get searches() {
    return this.sent.filter((m): m is Extract<SearchRequest, { type: 'search' }> => m.type === 'search');
  }
}

const store = () => createAppStore(fixtureRoadmap, { today: Date.UTC(2026, 10, 24) });
const positions = (s: ReturnType<typeof store>, ids: string[]) => {
  const order = searchDocuments(s.getState().index).map((d) => d.id);
  return Uint32Array.from(ids, (id) => order.indexOf(id));
};

/** The hook reaches the store through its context, as in the app. */
const renderSearch = (s: AppStore) =>
  renderHook(() => useSearchMatches(), { wrapper: ({ children }: { children: ReactNode }) => <AppStoreProvider store={s}>{children}</AppStoreProvider> });

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  vi.useFakeTimers();
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await act(() => activateLanguage('en'));
});

describe('the search hook', () => {
  it('keeps one search in the worker and sends only the newest query typed meanwhile', () => {
    const s = store();
    const { result } = renderSearch(s);
    act(() => s.getState().setSearch({ query: 'co' }));
    const worker = FakeWorker.last!;
    expect(worker.searches).toEqual([]);
    worker.reply({ type: 'ready' });
    expect(worker.searches.map((m) => m.query)).toEqual(['co']);

    act(() => s.getState().setSearch({ query: 'cod' }));
    act(() => s.getState().setSearch({ query: 'code' }));
    expect(worker.searches.map((m) => m.query)).toEqual(['co']);
    // The answer to "co" is stale by now: it is dropped, and "code" goes; "cod" never does.
    worker.reply({ type: 'results', seq: worker.searches[0]!.seq, positions: positions(s, ['codex', 'codex-launch']) });
    expect(result.current.answered).toBe('');
    expect(worker.searches.map((m) => m.query)).toEqual(['co', 'code']);

    worker.reply({ type: 'results', seq: worker.searches[1]!.seq, positions: positions(s, ['codex']) });
    expect(result.current).toMatchObject({ answered: 'code', results: ['codex'], count: 1 });
  });

  it('never lets an older answer replace a newer one', () => {
    const s = store();
    const { result } = renderSearch(s);
    act(() => s.getState().setSearch({ query: 'sora' }));
    const worker = FakeWorker.last!;
    worker.reply({ type: 'ready' });
    const first = worker.searches[0]!;
    worker.reply({ type: 'results', seq: first.seq, positions: positions(s, ['sora']) });
    act(() => s.getState().setSearch({ query: 'codex' }));
    const second = worker.searches[1]!;
    worker.reply({ type: 'results', seq: second.seq, positions: positions(s, ['codex']) });
    // A late copy of the first answer, out of order.
    worker.reply({ type: 'results', seq: first.seq, positions: positions(s, ['sora']) });
    expect(result.current).toMatchObject({ answered: 'codex', results: ['codex'] });
  });

  it('lights the matches up in the store after the list answers, and clears them with the query', () => {
    const s = store();
    renderSearch(s);
    act(() => s.getState().setSearch({ query: 'codex' }));
    const worker = FakeWorker.last!;
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'results', seq: worker.searches[0]!.seq, positions: positions(s, ['codex', 'codex-launch']) });
    expect(s.getState().searchMatches).toBeNull();
    // Only once typing pauses: a keystroke within the pause would have cancelled it.
    act(() => vi.advanceTimersByTime(HIGHLIGHT_PAUSE_MS - 1));
    expect(s.getState().searchMatches).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect([...s.getState().searchMatches!]).toEqual(['codex', 'codex-launch']);

    const lit = s.getState().searchMatches;
    act(() => s.getState().setSearch({ query: 'codex ' }));
    worker.reply({ type: 'results', seq: worker.searches[1]!.seq, positions: positions(s, ['codex-launch', 'codex']) });
    act(() => vi.runAllTimers());
    // The same nodes: the charts are not repainted for them.
    expect(s.getState().searchMatches).toBe(lit);

    act(() => s.getState().setSearch({ query: '' }));
    act(() => vi.runAllTimers());
    expect(s.getState().searchMatches).toBeNull();
  });

  it('rebuilds a started index in a new language, keeping the English words, and asks again once it is ready', async () => {
    const s = store();
    const { result } = renderSearch(s);
    act(() => s.getState().setSearch({ query: 'mai 2025' }));
    const worker = FakeWorker.last!;
    worker.reply({ type: 'ready' });
    await act(() => activateLanguage('fr'));
    const builds = worker.sent.filter((m): m is Extract<SearchRequest, { type: 'build' }> => m.type === 'build');
    expect(builds).toHaveLength(2);
    const codex = builds[1]!.docs.find((d) => d.id === 'codex-launch')!;
    expect(codex.dates).toContain('16 May 2025');
    expect(codex.dates).toContain('16 mai 2025');
    // The answer from the old index still arrives, and is dropped; the new one asks again.
    worker.reply({ type: 'results', seq: worker.searches[0]!.seq, positions: positions(s, ['chat-launch']) });
    expect(result.current.results).toEqual([]);
    worker.reply({ type: 'ready' });
    expect(worker.searches.map((m) => m.query)).toEqual(['mai 2025', 'mai 2025']);
  });
});
