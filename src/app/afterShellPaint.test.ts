import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterShellPaint } from './afterShellPaint';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.className = '';
  vi.restoreAllMocks();
});

describe('afterShellPaint', () => {
  it('waits for the frame that paints the written header, and starts in the task after it', () => {
    document.body.innerHTML = '<div id="app-shell"></div><div id="root"></div>';
    const frames: FrameRequestCallback[] = [];
    const timers: (() => void)[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.spyOn(window, 'setTimeout').mockImplementation(((cb: () => void) => timers.push(cb)) as unknown as typeof setTimeout);
    const start = vi.fn();
    afterShellPaint(start);
    expect(start).not.toHaveBeenCalled();
    frames[0]!(0);
    expect(start).not.toHaveBeenCalled();
    timers[0]!();
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts at once without the header, with it hidden (another dataset, an embed, a talk), or in a background tab', () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const start = vi.fn();
    afterShellPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
    document.body.innerHTML = '<div id="app-shell"></div>';
    document.documentElement.classList.add('without-shell');
    afterShellPaint(start);
    expect(start).toHaveBeenCalledTimes(2);
    document.documentElement.classList.remove('without-shell');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    afterShellPaint(start);
    expect(start).toHaveBeenCalledTimes(3);
    expect(frame).not.toHaveBeenCalled();
  });
});
