import { useStore } from 'zustand';
import { offlineMessage, offlineState } from './offlineState';
import './offline.css';
import { useT } from '../i18n/useT';

/** A quiet line under the title: the app works offline, is running offline, or has a new version to load. */
export function OfflineStatus() {
  const status = useStore(offlineState);
  const t = useT();
  const message = offlineMessage(status);
  // The live region is always there, so a screen reader hears each change. Where a worker is on its way the line
  // keeps its room from the start, so the page below does not move down when it fills.
  return (
    <div className="offline-status" data-tone={message?.tone} data-expected={status.expected || undefined}>
      <span role="status">{message?.text}</span>
      {message?.tone === 'update' && status.update && (
        <button type="button" onClick={status.update}>
          {t('common.reload')}
        </button>
      )}
    </div>
  );
}
