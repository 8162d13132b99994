import type { DatasetProblem } from './DatasetError';

const ENTRY = /^(levels|initiatives|concerns|milestones|sources|tour)\[(\d+)\]/;

/** Up to 80 characters of a value as it appears in the file, so a long summary does not swamp the list. */
export function shownValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function at(json: unknown, path: string): unknown {
  let value = json;
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? index!];
  }
  return value;
}

/** Adds to each JSON problem the entry it is in (its id, else its title or name) and the bad value. */
export function describeProblems(json: unknown, problems: DatasetProblem[]): DatasetProblem[] {
  return problems.map((p) => {
    const m = ENTRY.exec(p.path);
    const entry = m ? (at(json, m[0]) as Record<string, unknown> | undefined) : undefined;
    const label = entry && typeof entry === 'object' ? (entry.id ?? entry.title ?? entry.name) : undefined;
    return { ...p, entry: typeof label === 'string' ? label : undefined, value: shownValue(at(json, p.path)) };
  });
}
