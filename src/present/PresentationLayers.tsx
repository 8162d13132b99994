import { useMemo } from 'react';
import { useAppStore } from '../state/AppStore';
import { qrPath } from '../share/qrPath';
import { shareUrl, type ShareTarget } from '../share/shareLinks';
import { DEFAULT_FILTERS } from '../state/createAppStore';

/** The layers a presenter raises over the talk: a blank screen (B) and a room-sized QR code (Q). */
export function PresentationLayers({ target }: { target: ShareTarget }) {
  const blank = useAppStore((s) => s.presentStep !== null && s.blank);
  const qr = useAppStore((s) => s.presentStep !== null && s.audienceQr);
  const selectedId = useAppStore((s) => s.selectedId);
  const step = useAppStore((s) => s.presentStep);
  const link = useMemo(() => shareUrl({ selectedId, timeWindow: null, filters: DEFAULT_FILTERS }, target), [selectedId, target]);
  const code = useMemo(() => (qr ? qrPath(link) : null), [qr, link]);
  return (
    <>
      {code && (
        <div className="audience-qr" role="region" aria-label="QR code for this step">
          <svg role="img" aria-label={`QR code for step ${(step ?? 0) + 1}: ${link}`} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
            <rect width={code.size} height={code.size} fill="#fff" />
            <path d={code.path} fill="#000" />
          </svg>
          <p className="audience-qr__link">{link}</p>
          <p className="audience-qr__hint">Press Q or Esc to close</p>
        </div>
      )}
      {blank && (
        <div className="blank-screen" role="region" aria-label="Blank screen">
          <p className="visually-hidden">The screen is blanked. Press B to return.</p>
        </div>
      )}
    </>
  );
}
