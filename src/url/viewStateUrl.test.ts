import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { appRootPath, formatDataAddress, formatViewState, parseDataAddress, parseViewState, type KnownIds } from './viewStateUrl';
import type { ViewState } from '../state/createAppStore';

const known: KnownIds = {
  nodes: new Set(['codex', 'level-2', 'sora']),
  lanes: new Set(['codex', 'sora', 'context']),
  concerns: new Set(['data-privacy']),
  levels: new Set(['level-2']),
};
const base: ViewState = { selectedId: null, view: 'charts', timeWindow: null, filters: { hiddenLanes: [], concern: null } };

describe('the URL codec', () => {
  it.each<[string, ViewState]>([
    ['', base],
    ['?node=codex', { ...base, selectedId: 'codex' }],
    ['?node=codex&view=list', { ...base, selectedId: 'codex', view: 'list' }],
    ['?window=2024-01-01..2025-06-30', { ...base, timeWindow: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 5, 30) } }],
    ['?hide=sora,context', { ...base, filters: { hiddenLanes: ['sora', 'context'], concern: null } }],
    ['?node=level-2&concern=data-privacy', { ...base, selectedId: 'level-2', filters: { hiddenLanes: [], concern: 'data-privacy' } }],
    [
      '?q=may+2025&level=level-2&confidence=primary',
      { ...base, filters: { hiddenLanes: [], concern: null, query: 'may 2025', level: 'level-2', confidence: 'primary' } },
    ],
  ])('round-trips %s', (search, view) => {
    const parsed = parseViewState(search, known);
    expect(parsed.notices).toEqual([]);
    expect(parsed.view).toEqual(view);
    expect(formatViewState(parsed.view)).toBe(search);
  });

  it('reads lang= as a language, writes it only when given, and names an unknown tag in a notice', () => {
    expect(parseViewState('?lang=de', known).language).toBe('de');
    expect(parseViewState('?lang=fr-CA&node=codex', known).language).toBe('fr');
    expect(parseViewState('?node=codex', known).language).toBeNull();
    const unknown = parseViewState('?lang=tlh', known);
    expect(unknown.language).toBeNull();
    expect(unknown.notices).toEqual(['There is no language “tlh” here (use lang=en, de, fr, es, ar), so the page keeps its own.']);
    expect(formatViewState({ ...base, selectedId: 'codex' }, '?lang=ar', { language: 'ar' })).toBe('?node=codex&lang=ar');
    expect(formatViewState(base, '?lang=ar')).toBe('');
  });

  it('says so when a search filter names no level or an unknown confidence', () => {
    expect(parseViewState('?level=level-9&confidence=sure', known).notices).toEqual([
      'There is no level “level-9” to filter by.',
      '“confidence=sure” was not understood (use primary, secondary or unconfirmed).',
    ]);
  });

  it('leaves out a window the rest of the address opens on anyway, and writes any other', () => {
    const implied = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 5, 30) };
    const view = { ...base, selectedId: 'sora', timeWindow: implied };
    expect(formatViewState(view, '', { impliedWindow: { ...implied } })).toBe('?node=sora');
    expect(formatViewState(view, '', { impliedWindow: { ...implied, end: Date.UTC(2025, 6, 1) } })).toBe('?node=sora&window=2024-01-01..2025-06-30');
  });

  it('writes a deep zoom to the minute so a reload restores it exactly', () => {
    const view = { ...base, timeWindow: { start: Date.UTC(2024, 11, 27, 6, 30), end: Date.UTC(2025, 0, 10, 18, 5) } };
    const search = formatViewState(view);
    expect(search).toBe('?window=2024-12-27T06:30Z..2025-01-10T18:05Z');
    expect(parseViewState(search, known).view.timeWindow).toEqual(view.timeWindow);
  });

  it('explains empty and back-to-front values and non-boolean flags', () => {
    expect(parseViewState('?node=', known).notices[0]).toContain('names no node');
    expect(parseViewState('?window=2025-01-01..2025-01-01', known).notices[0]).toContain('the end must come after the start');
    const flag = parseViewState('?embed=maybe', known);
    expect(flag.embed).toBe(false);
    expect(flag.notices[0]).toContain('embed=maybe');
    expect(parseViewState('?embed=0', known).notices).toEqual([]);
  });

  it('names an unknown node id in a notice and selects nothing', () => {
    const { view, notices } = parseViewState('?node=no-such-node', known);
    expect(view.selectedId).toBeNull();
    expect(notices).toEqual(['No node with the id “no-such-node” was found, so the default view is shown.']);
  });

  it('ignores malformed windows, lanes and concerns with a notice each', () => {
    const { view, notices } = parseViewState('?window=2025-02-30..2025-03-01&hide=nope&concern=nope', known);
    expect(view).toEqual(base);
    expect(notices).toHaveLength(3);
  });

  it('keeps foreign parameters and writes only non-defaults', () => {
    const search = formatViewState({ ...base, selectedId: 'sora' }, '?utm_source=slides&node=codex&fbclid=x');
    expect(search).toBe('?utm_source=slides&fbclid=x&node=sora');
    expect(formatViewState(base, '?utm_source=slides')).toBe('?utm_source=slides');
  });

  it('ignores foreign parameters silently when parsing', () => {
    expect(parseViewState('?utm_source=x&fbclid=y&node=codex', known).notices).toEqual([]);
  });
});

describe('share paths and flags', () => {
  it('reads the node from a share-page path, with ?node= winning', () => {
    expect(parseViewState('', known, '/sub/n/codex/').view.selectedId).toBe('codex');
    expect(parseViewState('?node=sora', known, '/sub/n/codex/').view.selectedId).toBe('sora');
    expect(parseViewState('', known, '/sub/').view.selectedId).toBeNull();
  });

  it('finds the app root from any page', () => {
    expect(appRootPath('/sub/n/codex/')).toBe('/sub/');
    expect(appRootPath('/sub/n/codex/index.html')).toBe('/sub/');
    expect(appRootPath('/sub/index.html')).toBe('/sub/');
    expect(appRootPath('/')).toBe('/');
  });

  it('accepts embed bare or =1 and writes it =1', () => {
    expect(parseViewState('?embed', known).embed).toBe(true);
    expect(parseViewState('?embed=1', known).embed).toBe(true);
    expect(parseViewState('?embed=0', known).embed).toBe(false);
    expect(parseViewState('', known).embed).toBe(false);
    expect(formatViewState(base, '?embed', { embed: true })).toBe('?embed=1');
  });

  it('can leave the node out for a share-page link', () => {
    expect(formatViewState({ ...base, selectedId: 'codex', filters: { hiddenLanes: [], concern: 'data-privacy' } }, '', { omitNode: true })).toBe(
      '?concern=data-privacy',
    );
  });
});

describe('presentation parameters', () => {
  const withTour = { ...known, tourLength: 12 };
  it('reads ?present=<step> 1-based and writes it back', () => {
    const parsed = parseViewState('?present=3', withTour);
    expect(parsed.present).toBe(2);
    expect(parsed.notices).toEqual([]);
    expect(formatViewState(parsed.view, '', { present: parsed.present })).toBe('?present=3');
  });

  it('clamps an out-of-range step with a notice', () => {
    const high = parseViewState('?present=40', withTour);
    expect(high.present).toBe(11);
    expect(high.notices[0]).toContain('There is no step 40');
    expect(parseViewState('?present=0', withTour).present).toBe(0);
    expect(parseViewState('?present=abc', withTour).present).toBe(0);
  });

  it('accepts presenter bare and writes it =1', () => {
    expect(parseViewState('?presenter', withTour).presenter).toBe(true);
    expect(formatViewState(base, '', { presenter: true })).toBe('?presenter=1');
  });

  it('says so when there is no tour', () => {
    const parsed = parseViewState('?present=2', known);
    expect(parsed.present).toBeNull();
    expect(parsed.notices).toEqual(['This dataset has no tour to present.']);
  });
});

describe('parseDataAddress and formatDataAddress', () => {
  it('reads ?data= first, then a #data= roadmap, else the built-in one', () => {
    expect(parseDataAddress('?node=a&data=https://x.org/r.json', '#data=abc')).toBe('https://x.org/r.json');
    expect(parseDataAddress('?node=a', '#data=abc')).toBe('#data=abc');
    expect(parseDataAddress('?node=a', '#top')).toBeNull();
  });

  it('names another dataset, or none, keeping the view and any other fragment', () => {
    const at = (search: string, hash = '') => ({ pathname: '/sub/', search, hash });
    expect(formatDataAddress(at('?node=a&data=x.json', '#top'), null)).toBe('/sub/?node=a#top');
    expect(formatDataAddress(at('?data=x.json', '#data=abc'), null)).toBe('/sub/');
    expect(formatDataAddress(at('?node=a'), 'https://x.org/r.json')).toBe('/sub/?node=a&data=https%3A%2F%2Fx.org%2Fr.json');
    expect(formatDataAddress(at('?node=a&data=x.json'), '#data=abc')).toBe('/sub/?node=a#data=abc');
    const linked = at('?node=a', '');
    expect(parseDataAddress(new URL(formatDataAddress(linked, 'r.json'), 'https://h').search, '')).toBe('r.json');
  });
});

describe('the URL codec’s notices in another language', () => {
  afterEach(() => activateLanguage('en'));

  it('are in German, naming the value that was not understood', async () => {
    await activateLanguage('de');
    expect(parseViewState('?node=no-such-node&hide=nope&embed=maybe', known).notices).toEqual([
      'Es wurde kein Knoten mit der ID „no-such-node“ gefunden, daher wird die Standardansicht gezeigt.',
      'Es gibt keine Spur „nope“, die ausgeblendet werden könnte.',
      '„embed=maybe“ wurde nicht verstanden (verwenden Sie embed=1), daher bleibt es aus.',
    ]);
    expect(parseViewState('?present=9', { ...known, tourLength: 1 }).notices).toEqual([
      'Es gibt keinen Schritt 9: Die Tour hat 1 Schritt, daher wird Schritt 1 gezeigt.',
    ]);
  });
});
