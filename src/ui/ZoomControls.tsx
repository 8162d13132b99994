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
  return (
    <div className="zoom-controls" role="group" aria-label="Timeline zoom">
      <button type="button" onClick={onZoomIn} disabled={!canZoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={onZoomOut} disabled={!canZoomOut} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={onReset} disabled={!canReset} className="zoom-reset">
        Reset zoom
      </button>
    </div>
  );
}
