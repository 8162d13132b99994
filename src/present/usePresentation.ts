import { useCallback, useEffect } from 'react';
import type { AppStore, TimeWindow } from '../state/createAppStore';
import { milestonesWindow } from '../timeline/timeWindow';
import { focusWindow, presentationAction, stepOfNode } from './tour';
import { openTourChannel, tabId } from './tourChannel';
import { useWindowTween } from './useWindowTween';
import { useStepDigits } from './useStepDigits';
import { isTypingTarget } from '../ui/isTypingTarget';

/**
 * Full screen where the browser allows it, with Escape kept for the page (Keyboard Lock), so the
 * first Esc closes the topmost layer rather than silently leaving full screen.
 */
function enterFullscreen() {
  const root = document.documentElement;
  if (!root.requestFullscreen || document.fullscreenElement) return;
  root.requestFullscreen().then(
    () => {
      fullscreenEntered = true;
      const keyboard = (navigator as Navigator & { keyboard?: { lock?: (keys: string[]) => Promise<void> } }).keyboard;
      keyboard?.lock?.(['Escape']).catch(() => {});
    },
    () => {}, // Refused (no user gesture, or an iframe without permission): present in the window.
  );
}
let fullscreenEntered = false;

const inDialog = (el: EventTarget | null) => el instanceof Element && el.closest('[role="dialog"], [role="alertdialog"]') !== null;

/**
 * Presentation mode's behaviour, apart from its looks: the key map (winning everywhere except text
 * fields and dialogs), full screen, moving the timeline to each step, and the channel that keeps
 * the presenter window in step.
 */
export function usePresentation(store: AppStore, onNotice: (notice: string) => void) {
  // Stable, so the effects below subscribe once instead of on every render (which re-ran the step's move).
  const applyWindow = useCallback((w: TimeWindow | null) => store.getState().setTimeWindow(w), [store]);
  const tween = useWindowTween(applyWindow);
  const digits = useStepDigits();
  const { push: pushDigit, pending: digitsPending, take: takeDigits, clear: clearDigits } = digits;
  const start = useCallback(() => {
    const s = store.getState();
    if (!s.roadmap.tour?.length) return;
    s.present(stepOfNode(s.roadmap.tour, s.selectedId));
    enterFullscreen();
  }, [store]);

  // Keep the presenter window in step, both ways. Only a tab that is presenting answers or obeys.
  useEffect(() => {
    const channel = openTourChannel((message) => {
      const s = store.getState();
      if (s.presentStep === null) return;
      if (message.type === 'hello') channel.post({ type: 'state', from: tabId, step: s.presentStep });
      else if (message.type === 'go') s.present(message.step);
      else if (message.type === 'key') {
        if (message.action === 'blank') s.toggleBlank();
        else if (message.action === 'qr') s.toggleAudienceQr();
        else s.stopPresenting();
      }
    });
    const announce = () => channel.post({ type: 'state', from: tabId, step: store.getState().presentStep });
    if (store.getState().presentStep !== null) announce();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.presentStep !== prev.presentStep) announce();
    });
    const goodbye = () => {
      if (store.getState().presentStep !== null) channel.post({ type: 'state', from: tabId, step: null });
    };
    window.addEventListener('pagehide', goodbye);
    return () => {
      window.removeEventListener('pagehide', goodbye);
      unsubscribe();
      channel.close();
    };
  }, [store]);

  // Each step moves the timeline to its node; leaving restores nothing, the view stays where it is.
  useEffect(() => {
    const move = (step: number) => {
      const s = store.getState();
      const nodeId = s.roadmap.tour?.[step]?.nodeId;
      if (!nodeId) return;
      const full = milestonesWindow(s.roadmap.milestones, s.today);
      tween(s.timeWindow ?? full, focusWindow(s.roadmap, nodeId, full), full);
      // Once the timeline has moved, bring the step's mark into sight inside the charts (the presentation
      // bar never scrolls away: the page itself does not scroll in presentation mode).
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.setTimeout(() => {
        document.querySelector(`.charts [data-node-id="${CSS.escape(nodeId)}"]`)?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      }, reduce ? 0 : 650);
    };
    const initial = store.getState().presentStep;
    if (initial !== null) move(initial);
    return store.subscribe((s, prev) => {
      if (s.presentStep !== null && s.presentStep !== prev.presentStep) move(s.presentStep);
    });
  }, [store, tween]);

  // Leaving full screen through the browser (which swallows the first Esc) leaves presentation mode too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && fullscreenEntered) {
        fullscreenEntered = false;
        store.getState().stopPresenting();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    const unsubscribe = store.subscribe((s, prev) => {
      if (prev.presentStep !== null && s.presentStep === null && document.fullscreenElement) {
        fullscreenEntered = false;
        void document.exitFullscreen?.().catch(() => {});
      }
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      unsubscribe();
    };
  }, [store]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || inDialog(event.target)) return;
      if ((event.key === 'f' || event.key === 'F') && store.getState().presentStep !== null) {
        event.preventDefault();
        return enterFullscreen();
      }
      const s = store.getState();
      if (s.presentStep === null) {
        if (event.key === 'p' || event.key === 'P') {
          event.preventDefault();
          start();
        }
        return;
      }
      const action = presentationAction(event.key);
      if (!action) return;
      const last = (s.roadmap.tour?.length ?? 1) - 1;
      if (action.type === 'jump' && !digitsPending()) return; // Enter with no number keeps its usual meaning.
      event.preventDefault();
      event.stopPropagation();
      if (action.type !== 'digit' && action.type !== 'jump') clearDigits();
      switch (action.type) {
        case 'next':
          return s.present(Math.min(last, s.presentStep + 1));
        case 'previous':
          return s.present(Math.max(0, s.presentStep - 1));
        case 'first':
          return s.present(0);
        case 'last':
          return s.present(last);
        case 'digit':
          return pushDigit(action.digit);
        case 'jump': {
          const n = takeDigits();
          s.present(n - 1);
          // After the move, which clears older notices.
          if (n < 1 || n > last + 1) onNotice(`There is no step ${n}: the tour has ${last + 1} steps, so it shows step ${n < 1 ? 1 : last + 1}.`);
          return;
        }
        case 'blank':
          return s.toggleBlank();
        case 'qr':
          // The QR code must never open unseen under a blank screen.
          if (s.blank) s.toggleBlank();
          return s.toggleAudienceQr();
        case 'escape':
          if (s.audienceQr) return s.toggleAudienceQr();
          if (s.blank) return s.toggleBlank();
          return s.stopPresenting();
      }
    };
    // Capture phase, so presentation keys win over the page's own handlers (and Escape does not also clear the selection).
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, start, onNotice, pushDigit, digitsPending, takeDigits, clearDigits]);

  return { start, fullscreen: enterFullscreen, typed: digits.shown };
}
