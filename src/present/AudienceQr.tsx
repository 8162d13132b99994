import { useMemo } from 'react';
import { qrPath } from '../share/qrPath';
import { useT } from '../i18n/useT';

/** The room-sized QR code of the step's link, so phones in the audience can follow and keep it. */
export default function AudienceQr({ link, step }: { link: string; step: number | null }) {
  const code = useMemo(() => qrPath(link), [link]);
  const t = useT();
  return (
    <div className="audience-qr" role="region" aria-label={t('present.qrRegion')}>
      <svg role="img" aria-label={t('present.qrImage', { step: (step ?? 0) + 1, link })} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
        <rect width={code.size} height={code.size} fill="#fff" />
        <path d={code.path} fill="#000" />
      </svg>
      <p className="audience-qr__link">{link}</p>
      <p className="audience-qr__hint">{t('present.qrHint')}</p>
    </div>
  );
}
