import { lazy, Suspense, useMemo } from 'react';
import { ChunkBoundary } from '../ui/ChunkBoundary';
import { useAppStore } from '../state/AppStore';
import { shareUrl, type ShareTarget } from '../share/shareLinks';
import { DEFAULT_FILTERS } from '../state/createAppStore';
import { useT } from '../i18n/useT';

// The QR encoder loads the first time a presenter presses Q, not with the app.
const AudienceQr = lazy(() => import('./AudienceQr'));

/** The layers a presenter raises over the talk: a blank screen (B) and a room-sized QR code (Q). */
export function PresentationLayers({ target }: { target: ShareTarget }) {
  const blank = useAppStore((s) => s.presentStep !== null && s.blank);
  const qr = useAppStore((s) => s.presentStep !== null && s.audienceQr);
  const selectedId = useAppStore((s) => s.selectedId);
  const step = useAppStore((s) => s.presentStep);
  const t = useT();
  const link = useMemo(() => shareUrl({ selectedId, timeWindow: null, filters: DEFAULT_FILTERS }, target), [selectedId, target]);
  return (
    <>
      {qr && (
        <ChunkBoundary fallback={<p className="muted">{link}</p>}>
          <Suspense fallback={null}>
            <AudienceQr link={link} step={step} />
          </Suspense>
        </ChunkBoundary>
      )}
      {blank && (
        <div className="blank-screen" role="region" aria-label={t('present.blankRegion')}>
          <p className="visually-hidden">{t('present.blankHint')}</p>
        </div>
      )}
    </>
  );
}
