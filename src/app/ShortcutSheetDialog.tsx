import { useEffect, useRef, type KeyboardEvent } from 'react';
import { presentationKeys } from '../present/tour';
import { t, type MessageId } from '../i18n/i18n';
import { useT } from '../i18n/useT';
import './shortcutSheet.css';

// A key's name where keyboards label it in words (an id), else the key itself.
type Row = [keys: MessageId | string, action: MessageId];
const GENERAL: Row[] = [
  ['?', 'app.keys.open'],
  ['app.keys.tab.keys', 'app.keys.tab'],
  ['Esc', 'app.keys.escape'],
];
const CHARTS: Row[] = [
  ['← →', 'app.keys.across'],
  ['↑ ↓', 'app.keys.updown'],
  ['keys.present.ends.keys', 'app.keys.ends'],
  ['app.keys.select.keys', 'app.keys.select'],
  ['+ / −', 'app.keys.zoom'],
  ['0', 'app.keys.reset'],
];
const worded = (rows: Row[]): [string, string][] => rows.map(([keys, action]) => [keys.endsWith('.keys') ? t(keys as MessageId) : keys, t(action)]);

function Keys({ rows }: { rows: [string, string][] }) {
  return (
    <dl>
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>
            <kbd>{k}</kbd>
          </dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The keyboard-shortcut sheet: a modal <dialog>, so the browser keeps focus inside it, makes the page behind it inert
 * and closes it on Escape; focus goes back to what had it before.
 */
export function ShortcutSheetDialog({ onClose }: { onClose: () => void }) {
  useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const opener = document.activeElement as HTMLElement | null;
    el.showModal();
    return () => {
      if (el.open) el.close();
      opener?.focus?.();
    };
  }, []);
  // Escape closes the topmost layer only: the sheet, not the selection behind it (the page listens for Escape too).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };
  return (
    <dialog
      ref={dialog}
      className="shortcut-sheet"
      aria-labelledby="shortcut-title"
      onKeyDown={onKeyDown}
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself, outside its content.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="shortcut-sheet__content">
        <button type="button" className="shortcut-sheet__close" onClick={onClose}>
          {t('app.keys.close')}
        </button>
        <h2 id="shortcut-title">{t('app.keys.title')}</h2>
        <h3>{t('app.keys.anywhere')}</h3>
        <Keys rows={worded(GENERAL)} />
        <h3>{t('app.keys.inChart')}</h3>
        <Keys rows={worded(CHARTS)} />
        <h3>{t('app.keys.presenting')}</h3>
        <Keys rows={presentationKeys()} />
      </div>
    </dialog>
  );
}
