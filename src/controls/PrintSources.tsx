import { useAppStore } from '../state/AppStore';

/** On a handout with nothing selected, the essay's own references and how many sources back the map. */
export function PrintSources() {
  const selected = useAppStore((s) => s.selectedId);
  const sources = useAppStore((s) => s.roadmap.sources);
  if (selected) return null;
  const essay = sources.filter((s) => s.essayCitation);
  return (
    <section className="print-only print-sources" aria-hidden="true">
      <h3>Sources</h3>
      <p>
        The essay’s {essay.length} references are listed below; the map cites {sources.length} sources in all, each shown with its node.
      </p>
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
