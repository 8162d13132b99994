import { useCallback, useEffect } from 'react';
import type { TimeWindow } from '../state/createAppStore';
import { useAppStoreApi } from '../state/AppStore';
import { milestonesWindow, openingWindow, sameWindow } from '../timeline/timeWindow';
import { presentationAction, stepOfNode } from './tour';
import { scrollToShow, stepFrame } from './stepFrame';
import { PRESENT_TEXT_SCALE, timelineTracks } from '../timeline/timelineTracks';
import { FOCUS_LABEL_CHAR } from '../timeline/timelineLayout';
import { selectLanes } from '../state/selectors';
import { openTourChannel, tabId } from './tourChannel';
import { useWindowTween } from './useWindowTween';
import { useStepDigits } from './useStepDigits';
import { isTypingTarget } from '../ui/isTypingTarget';
import { t } from '../i18n/i18n';

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

const inDialog = (el: EventTarget | null) => el instanceof Element && el.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;

/**
 * Presentation mode's behaviour, apart from its looks: the key map (winning everywhere except text
 * fields and dialogs), full screen, framing each step on the charts, and the channel that keeps
 * the presenter window in step.
 */
export function usePresentation(chartWidth: number | null) {
  const store = useAppStoreApi();
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
  // "Take the tour" tells the story from its beginning, whatever is selected.
  const startTour = useCallback(() => {
    const s = store.getState();
    if (!s.roadmap.tour?.length) return;
    s.present(0);
    enterFullscreen();
  }, [store]);

  // Keep the presenter window in step, both ways. Only a tab that is presenting answers or obeys.
  useEffect(() => {
    const channel = openTourChannel((message) => {
      const s = store.getState();
      if (s.presentStep === null) return;
      if (message.type === 'hello') announce();
      else if (message.type === 'go') s.present(message.step);
      else if (message.type === 'key') {
        if (message.action === 'blank') s.toggleBlank();
        else if (message.action === 'qr') s.toggleAudienceQr();
        else s.stopPresenting();
      }
    });
    // What the audience sees: the step, and whether the screen is blanked or shows the QR code.
    const announce = () => {
      const s = store.getState();
      channel.post({ type: 'state', from: tabId, step: s.presentStep, blank: s.blank, qr: s.audienceQr });
    };
    if (store.getState().presentStep !== null) announce();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.presentStep !== prev.presentStep || s.blank !== prev.blank || s.audienceQr !== prev.audienceQr) announce();
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

  // Each step frames its subject (stepFrame): the timeline's window, then the charts' column scrolled to its marks.
  // Leaving restores nothing, the view stays where it is. A new chart width frames the step again.
  useEffect(() => {
    if (chartWidth === null) return;
    const move = (step: number) => {
      const s = store.getState();
      const tourStep = s.roadmap.tour?.[step];
      if (!tourStep) return;
      const full = milestonesWindow(s.roadmap.milestones, s.today);
      const levelRanks = new Map(s.roadmap.levels.map((l) => [l.id, l.rank]));
      // The same tracks the timeline draws while presenting, for where its plot and lanes are.
      const tracks = timelineTracks({
        milestones: s.roadmap.milestones,
        lanes: selectLanes(s),
        levelRanks,
        full,
        width: chartWidth,
        textScale: PRESENT_TEXT_SCALE,
      });
      const frame = stepFrame(tourStep, s.roadmap, { full, plot: tracks.plot, lanes: tracks.tracks.map((t) => t.lane), labelChar: FOCUS_LABEL_CHAR });
      const opening = openingWindow(s.roadmap.milestones, s.today);
      tween(s.timeWindow ?? opening, sameWindow(frame.window, opening, full) ? null : frame.window, opening);
      // After React has drawn the step (presentation mode itself, on the first one).
      requestAnimationFrame(() => {
        const column = document.querySelector<HTMLElement>('.app--present .charts');
        const stage = column?.querySelector('.timeline__stage');
        if (!column || !stage) return;
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        let top = 0;
        if (frame.scroll.chart === 'timeline') {
          const offset = stage.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
          const band = { top: offset + frame.scroll.top, bottom: offset + frame.scroll.bottom };
          top = scrollToShow(band, {
            current: column.scrollTop,
            height: column.clientHeight,
            cover: tracks.plot.top,
            max: column.scrollHeight - column.clientHeight,
          });
        }
        column.scrollTo({ top, behavior: reduce ? 'auto' : 'smooth' });
      });
    };
    const initial = store.getState().presentStep;
    if (initial !== null) move(initial);
    return store.subscribe((s, prev) => {
      if (s.presentStep !== null && s.presentStep !== prev.presentStep) move(s.presentStep);
    });
  }, [store, tween, chartWidth]);

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
          if (n < 1 || n > last + 1) s.showNotices([t('present.noStep', { n, total: last + 1, shown: n < 1 ? 1 : last + 1 })]);
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
  }, [store, start, pushDigit, digitsPending, takeDigits, clearDigits]);

  return { start, startTour, fullscreen: enterFullscreen, typed: digits.shown };
}
