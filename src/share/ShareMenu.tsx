import { lazy, Suspense, useRef, useState } from 'react';
import type { ShareTarget } from './shareLinks';
import { PanelBoundary } from '../ui/PanelBoundary';
import './share.css';

// The QR encoder and the image export load only when someone opens the menu.
const SharePanel = lazy(() => import('./SharePanel'));

/** The toolbar's Share button and its non-modal popover, which stays open after copying. */
export function ShareMenu({ target }: { target: ShareTarget }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="share">
      <button ref={button} type="button" className="share__button" aria-expanded={open} aria-controls="share-panel" onClick={() => setOpen((o) => !o)}>
        Share
      </button>
      {open && (
        <PanelBoundary name="The share menu">
          <Suspense fallback={<p className="share-panel">Loading…</p>}>
            <SharePanel target={target} onClose={close} />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
}
