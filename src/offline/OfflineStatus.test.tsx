import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfflineStatus } from './OfflineStatus';
import { offlineState } from './offlineState';

const initial = offlineState.getState();
afterEach(() => offlineState.setState(initial, true));

describe('OfflineStatus', () => {
  it('keeps an empty live region until a worker has saved the app, then says so', () => {
    render(<OfflineStatus />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => offlineState.setState({ saved: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Available offline');
    act(() => offlineState.setState({ online: false }));
    expect(screen.getByRole('status')).toHaveTextContent('Offline: using the saved copy');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("keeps the line's room while a worker is on its way, and none where no worker comes", () => {
    const { container } = render(<OfflineStatus />);
    const line = container.querySelector('.offline-status')!;
    expect(line).not.toHaveAttribute('data-expected');
    act(() => offlineState.setState({ expected: true }));
    expect(line).toHaveAttribute('data-expected');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers a waiting version with a Reload button that switches to it', async () => {
    const update = vi.fn();
    offlineState.setState({ saved: true, update });
    render(<OfflineStatus />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(update).toHaveBeenCalledOnce();
  });
});
