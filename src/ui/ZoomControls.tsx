import { useT } from '../i18n/useT';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Whether the view differs from where it opened; by default, whether it can zoom out. */
  canReset?: boolean;
}

export function ZoomControls({ onZoomIn, onZoomOut, onReset, canZoomIn, canZoomOut, canReset = canZoomOut }: ZoomControlsProps) {
  const t = useT();
  return (
    <div className="zoom-controls" role="group" aria-label={t('ui.zoom.group')}>
      <button type="button" onClick={onZoomIn} disabled={!canZoomIn} aria-label={t('ui.zoom.in')} title={t('ui.zoom.in')}>
        +
      </button>
      <button type="button" onClick={onZoomOut} disabled={!canZoomOut} aria-label={t('ui.zoom.out')} title={t('ui.zoom.out')}>
        −
      </button>
      <button type="button" onClick={onReset} disabled={!canReset} className="zoom-reset">
        {t('ui.zoom.reset')}
      </button>
    </div>
  );
}
