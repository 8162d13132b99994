import { useEffect, useRef } from 'react';
import type { AppStore } from '../state/createAppStore';
import { parseRoadmapDate } from '../dataset/roadmapDate';
import { fullWindow } from '../timeline/timeWindow';
import { focusWindow, presentationAction, stepOfNode } from './tour';
import { openTourChannel } from './tourChannel';
import { useWindowTween } from './useWindowTween';

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
const inDialog = (el: EventTarget | null) => el instanceof Element && el.closest('[role="dialog"], [role="alertdialog"]') !== null;

/**
 * Presentation mode's behaviour, apart from its looks: the key map (winning everywhere except text
 * fields and dialogs), full screen, moving the timeline to each step, and the channel that keeps
 * the presenter window in step.
 */
export function usePresentation(store: AppStore) {
  const tween = useWindowTween((w) => store.getState().setTimeWindow(w));
  const digits = useRef('');
  const enteredFullscreen = useRef(false);
  const startRef = useRef<() => void>(() => {});

  // Keep the presenter window in step, both ways.
  useEffect(() => {
    const channel = openTourChannel((message) => {
      const s = store.getState();
      if (message.type === 'hello') channel.post({ type: 'state', step: s.presentStep });
      else if (message.type === 'go') s.present(message.step);
      else if (message.type === 'stop') s.stopPresenting();
    });
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.presentStep !== prev.presentStep) channel.post({ type: 'state', step: s.presentStep });
    });
    return () => {
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
      const full = fullWindow(s.roadmap.milestones.map((m) => parseRoadmapDate(m.date)), s.today);
      tween(s.timeWindow ?? full, focusWindow(s.roadmap, nodeId, full), full);
      // Bring the step's mark into sight too, in case its lane is below the fold.
      requestAnimationFrame(() => {
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        document.querySelector(`[data-node-id="${CSS.escape(nodeId)}"]`)?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      });
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
      if (!document.fullscreenElement && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        store.getState().stopPresenting();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    const unsubscribe = store.subscribe((s, prev) => {
      if (prev.presentStep !== null && s.presentStep === null && document.fullscreenElement) {
        enteredFullscreen.current = false;
        void document.exitFullscreen?.().catch(() => {});
      }
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      unsubscribe();
    };
  }, [store]);

  useEffect(() => {
    const start = () => {
      const s = store.getState();
      if (!s.roadmap.tour?.length) return;
      s.present(stepOfNode(s.roadmap.tour, s.selectedId));
      const root = document.documentElement;
      if (root.requestFullscreen && !document.fullscreenElement) {
        root.requestFullscreen().then(
          () => (enteredFullscreen.current = true),
          () => {}, // Refused (no user gesture, or an iframe without permission): present in the window.
        );
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target) || inDialog(event.target)) return;
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
      if (action.type === 'jump' && !digits.current) return; // Enter with no number keeps its usual meaning.
      event.preventDefault();
      event.stopPropagation();
      if (action.type !== 'digit' && action.type !== 'jump') digits.current = '';
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
          digits.current = (digits.current + action.digit).slice(-3);
          return;
        case 'jump': {
          const n = Number(digits.current);
          digits.current = '';
          return s.present(n - 1);
        }
        case 'blank':
          return s.toggleBlank();
        case 'qr':
          return s.toggleAudienceQr();
        case 'escape':
          if (s.audienceQr) return s.toggleAudienceQr();
          if (s.blank) return s.toggleBlank();
          return s.stopPresenting();
      }
    };
    // Capture phase, so presentation keys win over the page's own handlers (and Escape does not also clear the selection).
    window.addEventListener('keydown', onKeyDown, true);
    startRef.current = start;
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store]);

  return { start: () => startRef.current() };
}
