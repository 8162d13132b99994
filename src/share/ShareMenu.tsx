import { lazy, Suspense, useRef } from 'react';
import type { ShareTarget } from './shareLinks';
import { PanelBoundary } from '../ui/PanelBoundary';
import { usePopover } from '../ui/usePopover';
import { useT } from '../i18n/useT';
import './share.css';

// The QR encoder and the image export load only when someone opens the menu.
const SharePanel = lazy(() => import('./SharePanel'));

/** The toolbar's Share button and its popover, which stays open after copying and closes on an outside click or Escape. */
export function ShareMenu({ target }: { target: ShareTarget }) {
  const popover = usePopover();
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    popover.hide();
    button.current?.focus();
  };
  return (
    <div className="share" {...popover.holderProps}>
      <button ref={button} type="button" className="share__button" popoverTarget="share-popover" aria-expanded={popover.open} aria-controls="share-panel">
        {t('share.button')}
      </button>
      <div id="share-popover" className="share__popover" {...popover.props}>
        {popover.open && (
          <PanelBoundary name="ui.boundary.shareMenu">
            <Suspense fallback={<p className="share-panel">{t('share.loading')}</p>}>
              <SharePanel target={target} onClose={close} />
            </Suspense>
          </PanelBoundary>
        )}
      </div>
    </div>
  );
}
