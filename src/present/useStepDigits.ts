import { useEffect, useMemo, useRef, useState } from 'react';

const EXPIRE_MS = 2500;

/**
 * A step number typed before Enter: shown while typed, forgotten after a pause, so a stray digit
 * long ago never turns a later Enter into a jump.
 */
export function useStepDigits() {
  const [shown, setShown] = useState('');
  const value = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const api = useMemo(
    () => ({
      push(digit: string) {
        value.current = (value.current + digit).slice(0, 3);
        setShown(value.current);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          value.current = '';
          setShown('');
        }, EXPIRE_MS);
      },
      pending: () => value.current !== '',
      /** The typed number, cleared. */
      take(): number {
        const n = Number(value.current);
        value.current = '';
        setShown('');
        clearTimeout(timer.current);
        return n;
      },
      clear() {
        value.current = '';
        setShown('');
      },
    }),
    [],
  );
  return { ...api, shown };
}
