import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DatasetErrorPanel } from './DatasetErrorPanel';
import { DatasetError } from '../dataset/DatasetError';
import { FragmentNote } from '../share/FragmentNote';

describe('DatasetErrorPanel', () => {
  it('lists the first 50 problems with their place, entry and value, and counts the rest', () => {
    const problems = Array.from({ length: 62 }, (_, i) => ({
      path: `row ${i + 2}, column date`,
      message: 'is not a real calendar date',
      entry: `row-${i}`,
      value: '"2024-13"',
    }));
    render(<DatasetErrorPanel error={new DatasetError('The dataset does not match the schema', problems)} overlay />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]!.textContent).toBe('row 2 (row-0), column date: "2024-13" is not a real calendar date');
    expect(screen.getByText(/…and 12 more/)).toBeInTheDocument();
  });
});

describe('FragmentNote', () => {
  it('gives the length of a link that carries its roadmap', () => {
    render(<FragmentNote fragment={{ state: 'ready', link: `https://x.org/#data=${'a'.repeat(700)}`, safe: true }} onDownload={() => undefined} />);
    expect(screen.getByText(/carries the roadmap itself \(720 characters\)/)).toBeInTheDocument();
  });

  it('past the safe length, says why, that the file must be hosted, and offers the download', () => {
    render(<FragmentNote fragment={{ state: 'ready', link: `https://x.org/#data=${'a'.repeat(9000)}`, safe: false }} onDownload={() => undefined} />);
    expect(screen.getByText(/9,020 characters long, past the safe 8,000 characters/)).toBeInTheDocument();
    expect(screen.getByText(/RFC 9110/)).toBeInTheDocument();
    expect(screen.getByText(/host the file/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the roadmap (JSON)' })).toBeInTheDocument();
  });
});
