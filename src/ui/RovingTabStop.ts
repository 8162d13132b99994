import { createContext, useContext } from 'react';

/** Which mark of a chart is its one Tab stop (roving tabindex); the others take focus only by arrow keys. */
export const RovingTabStop = createContext<string | null>(null);

export function useIsTabStop(id: string): boolean {
  return useContext(RovingTabStop) === id;
}
