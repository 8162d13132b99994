import { describe, expect, it } from 'vitest';
import { offlineMessage } from './offlineState';

const update = () => {};

describe('offlineMessage', () => {
  it('says nothing until a worker has saved the app', () => {
    expect(offlineMessage({ saved: false, online: true, update: null })).toBeNull();
    expect(offlineMessage({ saved: true, online: true, update: null })).toEqual({ text: 'Available offline', tone: 'saved' });
  });

  it('says when the page runs from the saved copy, before anything else', () => {
    expect(offlineMessage({ saved: true, online: false, update: null })).toEqual({ text: 'Offline: using the saved copy', tone: 'offline' });
    expect(offlineMessage({ saved: true, online: false, update })).toEqual({ text: 'Offline: using the saved copy', tone: 'offline' });
    expect(offlineMessage({ saved: false, online: false, update: null })).toEqual({ text: 'Offline', tone: 'offline' });
  });

  it('offers a waiting version while online', () => {
    expect(offlineMessage({ saved: true, online: true, update })).toEqual({ text: 'A new version is available', tone: 'update' });
  });
});
