import { DATE_PATTERN, ID_PATTERN, isRealDate, URL_PATTERN } from './schema';

// A large dataset is almost all milestones and sources, and zod spends about 10 µs on each. These checks
// accept an entry only when its schema would accept it and give it back unchanged: no unknown keys, text
// already trimmed. Anything else returns false and goes to zod, which finds and words the problem.

export const MILESTONE_KEYS = [
  'id', 'summary', 'essayClaim', 'discrepancies', 'sources', 'confidence',
  'title', 'date', 'dateNote', 'initiative', 'levels', 'concerns',
] as const;
export const SOURCE_KEYS = ['id', 'publisher', 'title', 'date', 'url', 'confidence', 'note', 'register', 'essayCitation'] as const;
const LEVEL_LINK_KEYS = ['levelId', 'basis', 'note', 'sources'] as const;
const DISCREPANCY_KEYS = ['topic', 'essaySays', 'sourcesSay', 'sources'] as const;

const CONFIDENCES = new Set(['primary', 'secondary', 'unconfirmed']);
const BASES = new Set(['openai-statement', 'press-report', 'editorial']);

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function onlyKeys(value: Plain, keys: readonly string[]): boolean {
  for (const key in value) if (!keys.includes(key)) return false;
  return true;
}

const isText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.trim() === v;
const isId = (v: unknown) => typeof v === 'string' && ID_PATTERN.test(v);
const optional = (v: Plain, key: string, check: (x: unknown) => boolean) => !Object.hasOwn(v, key) || check(v[key]);

// Datasets repeat the same few hundred dates; the calendar check is the slowest part of a milestone.
const realDates = new Map<string, boolean>();
function isDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  let real = realDates.get(v);
  if (real === undefined) {
    real = DATE_PATTERN.test(v) && isRealDate(v);
    if (realDates.size < 10_000) realDates.set(v, real);
  }
  return real;
}

/** An array whose every entry passes; unlike Array.prototype.every, the holes of a sparse array are checked (and fail). */
export function allPass(v: unknown, check: (x: unknown) => boolean): v is unknown[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

const isSources = (v: unknown) => Array.isArray(v) && v.length > 0 && allPass(v, isId);

function isLevelLink(v: unknown): boolean {
  return (
    isPlain(v) && onlyKeys(v, LEVEL_LINK_KEYS) &&
    isId(v.levelId) && BASES.has(v.basis as string) && optional(v, 'note', isText) && optional(v, 'sources', isSources)
  );
}

function isDiscrepancy(v: unknown): boolean {
  return (
    isPlain(v) && onlyKeys(v, DISCREPANCY_KEYS) &&
    isText(v.topic) && isText(v.essaySays) && isText(v.sourcesSay) && isSources(v.sources)
  );
}

/** True when MilestoneSchema accepts `v` and its output would equal `v`. */
export function isCanonicalMilestone(v: unknown): boolean {
  return (
    isPlain(v) && onlyKeys(v, MILESTONE_KEYS) &&
    isId(v.id) && isText(v.title) && isDate(v.date) && optional(v, 'summary', isText) &&
    (v.initiative === null || isId(v.initiative)) &&
    allPass(v.levels, isLevelLink) && optional(v, 'sources', isSources) && CONFIDENCES.has(v.confidence as string) &&
    optional(v, 'essayClaim', isText) && optional(v, 'dateNote', isText) &&
    optional(v, 'discrepancies', (d) => allPass(d, isDiscrepancy)) &&
    optional(v, 'concerns', (c) => allPass(c, isId))
  );
}

/** True when SourceSchema accepts `v` and its output would equal `v`. */
export function isCanonicalSource(v: unknown): boolean {
  return (
    isPlain(v) && onlyKeys(v, SOURCE_KEYS) &&
    isId(v.id) && isText(v.publisher) && isText(v.title) && CONFIDENCES.has(v.confidence as string) &&
    optional(v, 'date', isDate) && optional(v, 'url', (u) => typeof u === 'string' && URL_PATTERN.test(u)) &&
    optional(v, 'note', isText) && optional(v, 'register', isText) && optional(v, 'essayCitation', isText)
  );
}
