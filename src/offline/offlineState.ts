import { createStore } from 'zustand/vanilla';
import { t } from '../i18n/i18n';

export interface OfflineState {
  /** A service worker holds every file of this version, so the app works with no network. */
  saved: boolean;
  online: boolean;
  /** A worker is being registered, so the line will soon have something to say: its room is kept meanwhile
   *  (and stays kept, empty, should the registration fail). */
  expected: boolean;
  /** Set when a newer version is saved and waiting; calling it switches every open window to it. */
  update: (() => void) | null;
}

/** Written by registerServiceWorker; without a worker (the dev server, tests) it stays as it starts: silent. */
export const offlineState = createStore<OfflineState>(() => ({ saved: false, online: true, expected: false, update: null }));

export interface OfflineMessage {
  text: string;
  tone: 'saved' | 'offline' | 'update';
}

/** What the header says, or null for nothing. Being offline matters most, then a waiting update. */
export function offlineMessage({ saved, online, update }: Omit<OfflineState, 'expected'>): OfflineMessage | null {
  if (!online) return { text: t(saved ? 'offline.offlineSaved' : 'offline.offline'), tone: 'offline' };
  if (update) return { text: t('offline.update'), tone: 'update' };
  return saved ? { text: t('offline.saved'), tone: 'saved' } : null;
}
