import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { useElementWidth } from './useElementSize';

/** Records the width each render saw; `actual` is what the element measures (jsdom lays nothing out: 0). */
function Probe({ seen, actual = 0 }: { seen: (number | null)[]; actual?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 800);
  seen.push(width);
  return (
    <div
      ref={(el) => {
        ref.current = el;
        if (el) el.getBoundingClientRect = () => ({ width: actual, height: 0, x: 0, y: 0, top: 0, left: 0, right: actual, bottom: 0, toJSON: () => ({}) });
      }}
    />
  );
}

describe('useElementWidth', () => {
  it('is null until it has measured, then the measured width (or the fallback when nothing is laid out)', () => {
    const seen: (number | null)[] = [];
    render(<Probe seen={seen} actual={640.9} />);
    expect(seen[0]).toBeNull();
    expect(seen.at(-1)).toBe(640);
    const unlaid: (number | null)[] = [];
    render(<Probe seen={unlaid} />);
    expect(unlaid.at(-1)).toBe(800);
  });
});
