import { useEffect, useRef, type KeyboardEvent } from 'react';
import { PRESENTATION_KEYS } from '../present/tour';
import './shortcutSheet.css';

const GENERAL: [string, string][] = [
  ['?', 'Open this list of keys'],
  ['Tab / Shift+Tab', 'Move between the toolbar, each chart and the details'],
  ['Esc', 'Close the topmost layer: this sheet, a popover, then the selection'],
];
const CHARTS: [string, string][] = [
  ['← →', 'Roadmap: lower or higher level; along the initiatives. Timeline: earlier or later milestone in the lane'],
  ['↑ ↓', 'Roadmap: up or down the levels (down from level 1 reaches the initiatives). Timeline: the next lane'],
  ['Home / End', 'First or last item in the row or lane'],
  ['Enter / Space', 'Select the focused item and show its details'],
  ['+ / −', 'Zoom the timeline in or out (when it has focus)'],
  ['0', 'Reset the timeline zoom'],
];

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
          Close
        </button>
        <h2 id="shortcut-title">Keyboard shortcuts</h2>
        <h3>Anywhere</h3>
        <Keys rows={GENERAL} />
        <h3>In a chart</h3>
        <Keys rows={CHARTS} />
        <h3>Presenting</h3>
        <Keys rows={PRESENTATION_KEYS} />
      </div>
    </dialog>
  );
}
