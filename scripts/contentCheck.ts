// The editorial checks `npm run check:content` runs on the built-in dataset: what the schema cannot say about
// sources a classroom must be able to trust, and how fresh each initiative is.
import type { Roadmap, Source } from '../src/dataset/schema';
import { roadmapDateRange } from '../src/dataset/roadmapDate';

/**
 * Where a publisher's own pages live: a host (its subdomains count too) or a host and path ("github.com/openai/").
 * A `primary` source must be read there (or in the publisher's release on a newswire, see WIRES); add a publisher
 * here when the dataset cites a new one as primary.
 */
export const OWN_HOSTS: readonly { publisher: RegExp; hosts: readonly string[] }[] = [
  { publisher: /^OpenAI\b/, hosts: ['openai.com', 'github.com/openai/', 'arxiv.org'] },
  { publisher: /^Sam Altman\b/, hosts: ['blog.samaltman.com'] },
  { publisher: /^Apple\b/, hosts: ['apple.com'] },
  { publisher: /^GitHub\b/, hosts: ['github.blog', 'github.com'] },
  { publisher: /^Garante\b/, hosts: ['garanteprivacy.it'] },
  { publisher: /^Crusoe\b/, hosts: ['crusoe.ai'] },
  { publisher: /^Oracle\b/, hosts: ['oracle.com'] },
  { publisher: /^Nscale\b/, hosts: ['nscale.com'] },
  { publisher: /^Freedom House\b/, hosts: ['freedomhouse.org'] },
  { publisher: /^The Walt Disney Company\b/, hosts: ['thewaltdisneycompany.com'] },
  { publisher: /^Tata\b/, hosts: ['tata.com', 'tcs.com'] },
];

/** Newswires that carry a company's own release word for word: primary when the publisher says "via" the wire. */
const WIRES: readonly { host: string; name: string }[] = [
  { host: 'prnewswire.com', name: 'PR Newswire' },
  { host: 'prnewswire.co.uk', name: 'PR Newswire' },
  { host: 'globenewswire.com', name: 'GlobeNewswire' },
  { host: 'businesswire.com', name: 'Business Wire' },
];

/** The fact sheet's working ids (sources S01…, entries E01…): internal to editors, never for readers. */
const REGISTER_ID = /\b[SE]\d{2,3}\b/;
const MIRROR_HOST = /^(?:feeds?|m|mobile|amp)\./;

const hostOf = (url: string) => new URL(url).hostname.toLowerCase();
const bareHost = (host: string) => host.replace(/^www\./, '');
const isAt = (host: string, own: string) => host === own || host.endsWith(`.${own}`);

export function isPublishersOwn(source: Source): boolean {
  if (!source.url) return false;
  const url = new URL(source.url);
  const host = bareHost(url.hostname.toLowerCase());
  if (WIRES.some((w) => isAt(host, w.host) && source.publisher.includes(`via ${w.name}`))) return true;
  const at = (own: string) => {
    const slash = own.indexOf('/');
    return slash < 0 ? isAt(host, own) : host === own.slice(0, slash) && url.pathname.startsWith(own.slice(slash));
  };
  return OWN_HOSTS.some((o) => o.publisher.test(source.publisher) && o.hosts.some(at));
}

interface NodeSources {
  where: string;
  ids: Set<string>;
}

type Confidence = Source['confidence'];

/** Every node a reader can select, named the way problems name it. */
function labelledNodes(roadmap: Roadmap): { where: string; node: { confidence: Confidence; sources?: readonly string[]; summary?: string } }[] {
  return [
    ...roadmap.levels.map((node) => ({ where: `level ${node.id}`, node })),
    ...roadmap.initiatives.map((node) => ({ where: `initiative ${node.id}`, node })),
    ...roadmap.concerns.map((node) => ({ where: `concern ${node.id}`, node })),
    ...roadmap.milestones.map((node) => ({ where: `milestone ${node.id}`, node })),
    ...(roadmap.currentLevel ? [{ where: 'currentLevel', node: roadmap.currentLevel }] : []),
  ];
}

/** Every node and tour step with every source id it cites anywhere inside it (its own list, links, discrepancies). */
function nodeSources(roadmap: Roadmap): NodeSources[] {
  const collect = (where: string, value: unknown): NodeSources => {
    const ids = new Set<string>();
    const stack: unknown[] = [value];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) for (const x of item) stack.push(x);
      else if (item && typeof item === 'object') {
        for (const [key, v] of Object.entries(item)) {
          if (key === 'sources' && Array.isArray(v)) for (const id of v) ids.add(String(id));
          else if (typeof v === 'object') stack.push(v);
        }
      }
    }
    return { where, ids };
  };
  return [
    ...labelledNodes(roadmap).map(({ where, node }) => collect(where, node)),
    ...(roadmap.tour ?? []).map((step, i) => collect(`tour step ${i + 1}`, step)),
  ];
}

const HIDDEN_KEYS = new Set(['id', 'register', 'url', 'levelId', 'concernId', 'nodeId', 'initiative', 'confidence', 'basis', 'group', 'date', 'reviewed']);

/** Every string a reader can see, with its JSON path: everything but ids, references, URLs and editors' notes. */
function visibleTexts(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => visibleTexts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const idList = (key === 'sources' || key === 'concerns') && Array.isArray(v) && v.every((x) => typeof x === 'string');
      if (!HIDDEN_KEYS.has(key) && !idList) visibleTexts(v, path ? `${path}.${key}` : key, out);
    }
  }
  return out;
}

export interface Freshness {
  initiative: string;
  latest: string | null;
}

export interface ContentReport {
  problems: string[];
  freshness: Freshness[];
  reviewed: string | null;
}

export function checkContent(roadmap: Roadmap): ContentReport {
  const problems: string[] = [];
  const sources = new Map(roadmap.sources.map((s) => [s.id, s]));

  if (!roadmap.meta.reviewed) problems.push('meta.reviewed: the dataset does not say when its sources were last reviewed');

  for (const node of nodeSources(roadmap)) {
    if (![...node.ids].some((id) => sources.get(id)?.url)) problems.push(`${node.where}: cites no source with a URL`);
  }

  // A node is as sure as the best source in its own list: primary needs a primary source, secondary a reputable one.
  const RANK: Record<Confidence, number> = { unconfirmed: 0, secondary: 1, primary: 2 };
  // A custom roadmap may leave these out; the built-in one is read in classrooms and may not.
  if (!roadmap.currentLevel) problems.push('currentLevel: the dataset does not state a current level');
  for (const { where, node } of labelledNodes(roadmap)) {
    if (where !== 'currentLevel' && !node.summary) problems.push(`${where}: has no summary`);
    let best: Confidence | null = null;
    for (const id of node.sources ?? []) {
      const c = sources.get(id)?.confidence ?? 'unconfirmed';
      if (best === null || RANK[c] > RANK[best]) best = c;
    }
    if (best === null || RANK[node.confidence] > RANK[best]) {
      problems.push(`${where}: is ${node.confidence}, but its best source is ${best ?? 'missing: it cites none'}`);
    }
  }

  const hostsByPublisher = new Map<string, Set<string>>();
  for (const s of roadmap.sources) {
    const where = `source ${s.id}`;
    if (/\bunidentified\b/i.test(`${s.publisher} ${s.title}`)) problems.push(`${where}: is shown to readers as unidentified; name it or drop it`);
    if (!s.url) {
      if (s.confidence === 'primary') problems.push(`${where}: is primary but has no URL, so nobody can check it was read`);
      continue;
    }
    let host: string;
    try {
      host = hostOf(s.url);
    } catch {
      problems.push(`${where}: ${s.url} is not a URL`);
      continue;
    }
    if (!s.url.startsWith('https://')) problems.push(`${where}: ${s.url} is not https`);
    if (MIRROR_HOST.test(host) || /[?&](?:mobile|amp|output=rss|feed)=/.test(s.url))
      problems.push(`${where}: ${s.url} is a feed or mobile mirror; cite the canonical page`);
    if (s.confidence === 'primary' && !isPublishersOwn(s)) problems.push(`${where}: is primary but ${host} is not ${s.publisher}'s own site`);
    const seen = hostsByPublisher.get(bareHost(host)) ?? new Set<string>();
    seen.add(host);
    hostsByPublisher.set(bareHost(host), seen);
  }
  for (const [bare, spellings] of hostsByPublisher) {
    if (spellings.size > 1) problems.push(`sources at ${bare}: spelled ${[...spellings].sort().join(' and ')}; use one`);
  }

  for (const { path, text } of visibleTexts(roadmap, '')) {
    const found = REGISTER_ID.exec(text);
    if (found) problems.push(`${path}: mentions the fact sheet's working id ${found[0]}, which readers cannot look up`);
  }

  const freshness = roadmap.initiatives.map((initiative) => {
    let latest: string | null = null;
    for (const m of roadmap.milestones) {
      if (m.initiative === initiative.id && (!latest || roadmapDateRange(m.date).end > roadmapDateRange(latest).end)) latest = m.date;
    }
    return { initiative: initiative.id, latest };
  });
  return { problems, freshness, reviewed: roadmap.meta.reviewed ?? null };
}

/** Months from one dataset date to another, by their ends: how long an initiative has had no dated event. */
export function monthsBetween(from: string, to: string): number {
  const a = new Date(roadmapDateRange(from).end - 1);
  const b = new Date(roadmapDateRange(to).end - 1);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}
