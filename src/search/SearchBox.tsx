import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../state/AppStore';
import type { AppStore } from '../state/createAppStore';
import type { Confidence } from '../dataset/schema';
import { isTypingTarget } from '../ui/isTypingTarget';
import { focusWindow } from '../present/tour';
import { milestonesWindow, openingWindow } from '../timeline/timeWindow';
import { confidenceLabel } from '../i18n/labels';
import { formatMilestoneDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/useT';
import type { MessageId } from '../i18n/i18n';
import { laneName } from './searchDocuments';
import { useSearchMatches } from './useSearchMatches';
import './search.css';

const CONFIDENCES: readonly Confidence[] = ['primary', 'secondary', 'unconfirmed'];

const KIND: Record<'level' | 'initiative' | 'concern' | 'milestone', MessageId> = {
  level: 'search.level',
  initiative: 'panel.initiative',
  concern: 'search.concern',
  milestone: 'panel.kind.milestone',
};

/** Selects a result and brings the timeline to it when it is a milestone outside the visible span. */
function choose(store: AppStore, id: string) {
  const s = store.getState();
  s.select(id);
  const node = s.index.nodes.get(id);
  if (node?.kind !== 'milestone') return;
  const full = milestonesWindow(s.roadmap.milestones, s.today);
  const target = focusWindow(s.roadmap, id, full);
  const shown = s.timeWindow ?? openingWindow(s.roadmap.milestones, s.today);
  const t = Date.parse(node.entity.date);
  if (target && (t < shown.start || t > shown.end)) s.setTimeWindow(target);
}

function Result({ id, active, optionId, onChoose }: { id: string; active: boolean; optionId: string; onChoose: () => void }) {
  const node = useAppStore((s) => s.index.nodes.get(id));
  const t = useT();
  const language = useLanguage();
  const lane = useAppStore((s) => (node ? laneName(node, s.index) : ''));
  if (!node) return null;
  const date = node.kind === 'milestone' ? formatMilestoneDate(node.entity.date, language) : '';
  return (
    // The input keeps focus and moves aria-activedescendant; a pointer still picks an option.
    <li
      id={optionId}
      role="option"
      aria-selected={active}
      className={active ? 'search__option is-active' : 'search__option'}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
    >
      <span className="search__title">{node.title}</span>
      <span className="search__meta">{[t(KIND[node.kind]), date, lane].filter(Boolean).join(' · ')}</span>
    </li>
  );
}

/** The toolbar's search: type to find any node by title, summary, date or source; `/` or Ctrl/⌘+K jumps here. */
export function SearchBox() {
  const store = useAppStoreApi();
  const query = useAppStore((s) => s.filters.query ?? '');
  const level = useAppStore((s) => s.filters.level ?? '');
  const confidence = useAppStore((s) => s.filters.confidence ?? '');
  const levels = useAppStore((s) => s.roadmap.levels);
  const { results, count, answered, ready, prepare } = useSearchMatches();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const t = useT();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (k || (event.key === '/' && !isTypingTarget(event.target))) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const pick = (i: number) => {
    const chosen = results[i];
    if (!chosen) return;
    choose(store, chosen);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (results.length ? (a + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      // Escape closes the list first, then clears the query; the selection is left alone either way.
      event.stopPropagation();
      if (open && results.length) setOpen(false);
      else store.getState().setSearch({ query: '' });
    }
  };
  const showList = open && query.trim() !== '';
  const status = !query.trim()
    ? ''
    : !ready
      ? t('search.preparing')
      : count
        ? t(count > results.length ? 'search.foundBest' : 'search.found', { count, shown: results.length })
        : t('search.nothing');

  return (
    // data-answered names the query the list shows, for tests and the bench: answers arrive from a worker.
    <div className="search" role="search" data-answered={answered}>
      <div className="search__field">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={showList && results[active] ? `${id}-o${active}` : undefined}
          aria-describedby={`${id}-status`}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onFocus={() => {
            prepare();
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            store.getState().setSearch({ query: e.target.value });
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        <div className="search__popup" hidden={!showList}>
          <p className="search__count" aria-hidden="true">
            {status}
          </p>
          <ul id={`${id}-list`} role="listbox" aria-label={t('search.results')} className="search__list" hidden={results.length === 0}>
            {showList && results.map((r, i) => <Result key={r} id={r} optionId={`${id}-o${i}`} active={i === active} onChoose={() => pick(i)} />)}
          </ul>
        </div>
        <span id={`${id}-status`} className="visually-hidden" role="status">
          {status}
        </span>
      </div>
      {levels.length > 0 && (
        <label className="search__filter">
          <span>{t('search.level')}</span>
          <select value={level} onChange={(e) => store.getState().setSearch({ level: e.target.value || null })}>
            <option value="">{t('search.any')}</option>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="search__filter">
        <span>{t('search.confidence')}</span>
        <select value={confidence} onChange={(e) => store.getState().setSearch({ confidence: (e.target.value || null) as Confidence | null })}>
          <option value="">{t('search.any')}</option>
          {CONFIDENCES.map((value) => (
            <option key={value} value={value} title={confidenceLabel(value)}>
              {confidenceLabel(value).split(':')[0]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
