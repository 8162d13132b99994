import type { CurrentLevel } from './schema';

/** The words for a dataset's stated current level, naming whoever stated it when the dataset says. */
export function currentLevelText(current: CurrentLevel) {
  const who = current.holder;
  return {
    flag: who ? `${who} says it is here` : 'Stated current position',
    heading: who ? `${who}’s stated position` : 'Stated position',
    markSuffix: who ? `, ${who}'s stated current level` : ', the stated current level',
    legend: who ? `${who}’s publicly stated current level` : 'Stated current level',
  };
}
