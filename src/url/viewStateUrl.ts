import type { Filters, TimeWindow, ViewState } from '../state/createAppStore';
import { readFragmentData } from '../dataset/fragmentData';
import { t } from '../i18n/i18n';
import { LANGUAGES, matchLanguage, type Language } from '../i18n/languages';

/** The ids a URL may name; anything else is reported, never thrown. */
export interface KnownIds {
  /** Every node id; the store's index of nodes serves, so a large dataset's ids are not copied again. */
  nodes: { has(id: string): boolean };
  lanes: ReadonlySet<string>;
  concerns: ReadonlySet<string>;
  /** Level ids, for the search's level filter. */
  levels?: ReadonlySet<string>;
  /** Number of steps in the dataset's tour (0 when it has none). */
  tourLength?: number;
}

export interface ParsedView {
  view: ViewState;
  /** `?embed=1`: a frame inside another page, without the toolbar, that never pushes history. */
  embed: boolean;
  /** `?present=<step>`: presentation mode at that tour step, 0-based here, clamped to the tour. */
  present: number | null;
  /** `?presenter=1`: this window is the presenter's view of a talk given in another window. */
  presenter: boolean;
  /** `?lang=de`: the interface's language, chosen by whoever made the link; null when the link names none it knows. */
  language: Language | null;
  /** Polite, human-readable notes about parameters that could not be used. */
  notices: string[];
}

/** The parameters this app owns; every other parameter (utm_*, fbclid, …) is kept and ignored. */
export const OWN_PARAMS = ['node', 'view', 'window', 'hide', 'concern', 'q', 'level', 'confidence', 'embed', 'present', 'presenter', 'lang'] as const;

const CONFIDENCES = ['primary', 'secondary', 'unconfirmed'] as const;

/** A share page lives at `…/n/<id>/`; its path names the node. */
const SHARE_PATH = /\/n\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:index\.html)?$/;

/** The app's own folder, with any share-page suffix removed: `/sub/n/codex/` → `/sub/`. */
export function appRootPath(pathname: string): string {
  const m = SHARE_PATH.exec(pathname);
  return m ? pathname.slice(0, m.index + 1) : pathname.replace(/[^/]*$/, '');
}

/** Booleans are written `=1` and accepted bare (`?embed`), as `1`, `true` or `yes`; `0`, `false`, `no` turn them off. */
function parseFlag(params: URLSearchParams, name: string, notices: string[]): boolean {
  const v = params.get(name)?.toLowerCase();
  if (v === undefined || ['0', 'false', 'no'].includes(v)) return false;
  if (['', '1', 'true', 'yes'].includes(v)) return true;
  notices.push(t('url.flagUnknown', { name, value: v }));
  return false;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z?)?$/;

function parseDay(value: string): number | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  if ((h ?? 0) > 23 || (mi ?? 0) > 59) return null;
  const time = Date.UTC(y!, mo! - 1, d!, h, mi);
  const back = new Date(time);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo! - 1 && back.getUTCDate() === d ? time : null;
}

/** A date, or a UTC date and time to the minute when the instant is not a midnight, so a reload restores a deep zoom exactly. */
function formatInstant(time: number): string {
  const iso = new Date(Math.round(time / 60_000) * 60_000).toISOString();
  return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/**
 * Reads our parameters from a query string into a view state, with a notice for each one it cannot use.
 * @example parseViewState('?node=codex', known).view.selectedId === 'codex'
 */
export function parseViewState(search: string, known: KnownIds, pathname = ''): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  let selectedId: string | null = null;
  let timeWindow: TimeWindow | null = null;
  const filters: Filters = { hiddenLanes: [], concern: null };

  const node = params.get('node') ?? SHARE_PATH.exec(pathname)?.[1] ?? null;
  if (node === '') notices.push(t('url.nodeEmpty'));
  else if (node !== null) {
    if (known.nodes.has(node)) selectedId = node;
    else notices.push(t('url.nodeUnknown', { id: node }));
  }

  let view: ViewState['view'] = 'charts';
  const viewParam = params.get('view');
  if (viewParam === 'list' || viewParam === 'charts') view = viewParam;
  else if (viewParam !== null) notices.push(t('url.viewUnknown', { view: viewParam }));

  const window = params.get('window');
  if (window !== null) {
    const [from = '', to = ''] = window.split('..');
    const start = parseDay(from);
    const end = parseDay(to);
    if (start !== null && end !== null && end > start) timeWindow = { start, end };
    else if (start !== null && end !== null) notices.push(t('url.windowOrder', { window }));
    else notices.push(t('url.windowUnknown', { window }));
  }

  const hide = params.get('hide');
  if (hide !== null) {
    for (const lane of hide.split(',').filter(Boolean)) {
      if (known.lanes.has(lane)) filters.hiddenLanes.push(lane);
      else notices.push(t('url.laneUnknown', { lane }));
    }
  }

  const concern = params.get('concern');
  if (concern !== null) {
    if (known.concerns.has(concern)) filters.concern = concern;
    else notices.push(t('url.concernUnknown', { concern }));
  }

  const q = params.get('q')?.trim();
  if (q) filters.query = q;
  const level = params.get('level');
  if (level !== null) {
    if (known.levels?.has(level)) filters.level = level;
    else notices.push(t('url.levelUnknown', { level }));
  }
  const confidence = params.get('confidence');
  if (confidence !== null) {
    const found = CONFIDENCES.find((c) => c === confidence);
    if (found) filters.confidence = found;
    else notices.push(t('url.confidenceUnknown', { value: confidence }));
  }

  let present: number | null = null;
  const presentParam = params.get('present');
  const steps = known.tourLength ?? 0;
  if (presentParam !== null) {
    const n = /^\d+$/.test(presentParam) ? Number(presentParam) : NaN;
    if (!steps) notices.push(t('url.noTour'));
    else if (Number.isNaN(n)) notices.push(t('url.stepUnknown', { step: presentParam }));
    else if (n < 1 || n > steps) notices.push(t('present.noStep', { n, total: steps, shown: n < 1 ? 1 : steps }));
    if (steps) present = Number.isNaN(n) ? 0 : Math.min(Math.max(n, 1), steps) - 1;
  }

  const embed = parseFlag(params, 'embed', notices);
  const presenter = parseFlag(params, 'presenter', notices);
  const lang = params.get('lang');
  const language = matchLanguage(lang);
  if (lang !== null && !language) notices.push(t('url.languageUnknown', { lang, languages: LANGUAGES.join(', ') }));
  return { view: { selectedId, view, timeWindow, filters }, embed, present, presenter, language, notices };
}

/**
 * The dataset an address names: `?data=<url>`, or else a `#data=…` fragment carrying the roadmap itself, whose
 * hash then stands for the address; null for the built-in roadmap. It lives beside the view parameters and
 * outlives them (formatViewState keeps it).
 * @example parseDataAddress('?data=https://x.org/r.json', '') === 'https://x.org/r.json'
 */
export function parseDataAddress(search: string, hash: string): string | null {
  const data = new URLSearchParams(search).get('data');
  if (data) return data;
  return readFragmentData(hash) !== null ? hash : null;
}

/**
 * The same address naming another dataset (`?data=`, a link's own roadmap back in its fragment), or none, with
 * every other parameter kept.
 * @example formatDataAddress({ pathname: '/', search: '?node=a&data=x.json', hash: '' }, null) === '/?node=a'
 */
export function formatDataAddress(location: { pathname: string; search: string; hash: string }, address: string | null): string {
  const params = new URLSearchParams(location.search);
  const fragment = address !== null && readFragmentData(address) !== null;
  if (address === null || fragment) params.delete('data');
  else params.set('data', address);
  const search = params.toString();
  // A `#data=…` roadmap leaves when the built-in dataset comes back; any other fragment stays.
  const hash = fragment ? address : address === null && readFragmentData(location.hash) !== null ? '' : location.hash;
  return `${location.pathname}${search ? `?${search}` : ''}${hash}`;
}

/** Writes a view state into a query string: only values that differ from the defaults, foreign parameters kept. */
export function formatViewState(
  view: ViewState,
  currentSearch = '',
  options: {
    embed?: boolean;
    omitNode?: boolean;
    present?: number | null;
    presenter?: boolean;
    language?: Language | null;
    /** The window the rest of the address opens on anyway (a node's milestones): not written. */
    impliedWindow?: TimeWindow | null;
  } = {},
): string {
  const params = new URLSearchParams(currentSearch);
  for (const p of OWN_PARAMS) params.delete(p);
  if (view.selectedId && !options.omitNode) params.set('node', view.selectedId);
  if (view.view === 'list') params.set('view', 'list');
  const span = (w: TimeWindow) => `${formatInstant(w.start)}..${formatInstant(w.end)}`;
  if (view.timeWindow && (!options.impliedWindow || span(view.timeWindow) !== span(options.impliedWindow))) params.set('window', span(view.timeWindow));
  if (view.filters.hiddenLanes.length) params.set('hide', view.filters.hiddenLanes.join(','));
  if (view.filters.concern) params.set('concern', view.filters.concern);
  if (view.filters.query?.trim()) params.set('q', view.filters.query.trim());
  if (view.filters.level) params.set('level', view.filters.level);
  if (view.filters.confidence) params.set('confidence', view.filters.confidence);
  if (options.embed) params.set('embed', '1');
  if (options.present != null) params.set('present', String(options.present + 1));
  if (options.presenter) params.set('presenter', '1');
  if (options.language) params.set('lang', options.language);
  const out = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return out ? `?${out}` : '';
}
