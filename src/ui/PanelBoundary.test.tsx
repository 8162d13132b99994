import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './PanelBoundary';

let broken = true;
function Flaky({ label }: { label: string }) {
  if (broken) throw new Error(`cannot draw ${label}`);
  return <p>{label} drawn</p>;
}

describe('PanelBoundary', () => {
  it('shows the panel’s own fallback with the error, beside the rest of the page, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <>
        <p>The rest of the page</p>
        <PanelBoundary name="panel.boundaryName">
          <Flaky label="codex" />
        </PanelBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The details could not be shown because of an error. The rest of the page still works.');
    expect(screen.getByText('Error: cannot draw codex')).toBeInTheDocument();
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('codex drawn')).toBeInTheDocument();
  });

  it('tries again by itself when what it shows changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const panel = (id: string) => (
      <PanelBoundary name="panel.boundaryName" resetKey={id}>
        <Flaky label={id} />
      </PanelBoundary>
    );
    const { rerender } = render(panel('codex'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(panel('sora'));
    expect(screen.getByText('sora drawn')).toBeInTheDocument();
  });
});
