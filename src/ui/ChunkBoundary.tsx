import { Component, type ReactNode } from 'react';

/**
 * Around a part loaded on demand: when its code cannot be fetched (offline, a deployment replaced it),
 * the fallback shows instead of the whole page going blank.
 */
export class ChunkBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
