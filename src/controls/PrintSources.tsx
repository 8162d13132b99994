import { useAppStore } from '../state/AppStore';
import { useT } from '../i18n/useT';

/** On a handout with nothing selected, the essay's own references and how many sources back the map. */
export function PrintSources() {
  const selected = useAppStore((s) => s.selectedId);
  const sources = useAppStore((s) => s.roadmap.sources);
  const t = useT();
  if (selected) return null;
  const essay = sources.filter((s) => s.essayCitation);
  return (
    <section className="print-only print-sources" aria-hidden="true">
      <h3>{t('common.sources')}</h3>
      <p>{t('print.sourcesIntro', { essay: essay.length, total: sources.length })}</p>
      <ol>
        {essay.map((s) => (
          <li key={s.id}>
            {s.essayCitation}
            {s.note && ` — ${s.note}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
