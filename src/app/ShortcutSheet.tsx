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

/** The keyboard-shortcut sheet: a modal dialog that keeps focus inside and gives it back when closed. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    dialog.current?.querySelector<HTMLElement>('button')?.focus();
    return () => (opener.current as HTMLElement | null)?.focus?.();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      const items = [...(dialog.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]') ?? [])];
      const first = items[0];
      const last = items.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };
  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialog} className="shortcut-sheet" role="dialog" aria-modal="true" aria-labelledby="shortcut-title" onKeyDown={onKeyDown}>
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
    </div>
  );
}
