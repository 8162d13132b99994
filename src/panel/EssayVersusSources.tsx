import type { Discrepancy } from '../dataset/schema';
import { useT } from '../i18n/useT';

/** "The essay says" beside "sources say": a contradicted claim is shown as such, never silently fixed. */
export function EssayVersusSources({ essayClaim, discrepancies }: { essayClaim?: string; discrepancies?: Discrepancy[] }) {
  const t = useT();
  if (!essayClaim && !discrepancies?.length) return null;
  return (
    <section className="panel-section" aria-labelledby="essay-vs-sources">
      <h3 id="essay-vs-sources">{t('panel.essayVsSources')}</h3>
      {essayClaim && (
        <blockquote className="essay-claim">
          <span className="essay-claim__label">{t('panel.essaySays')}</span> {essayClaim}
        </blockquote>
      )}
      {discrepancies?.length ? (
        <ul className="discrepancies">
          {discrepancies.map((d) => (
            <li key={d.topic} className="discrepancy">
              <p className="discrepancy__topic">{d.topic}</p>
              <div className="discrepancy__sides">
                <p>
                  <span className="discrepancy__label discrepancy__label--essay">{t('panel.essaySays')}</span> {d.essaySays}
                </p>
                <p>
                  <span className="discrepancy__label discrepancy__label--sources">{t('panel.sourcesSay')}</span> {d.sourcesSay}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        essayClaim && <p className="muted">{t('panel.noContradiction')}</p>
      )}
    </section>
  );
}
