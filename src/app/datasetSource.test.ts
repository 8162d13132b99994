import { describe, expect, it } from 'vitest';
import { decideDataset, describeAddress, type QueryState } from './datasetSource';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const roadmap = fixtureRoadmap;
const other = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, title: 'Other' } };
const idle: QueryState = { data: undefined, pending: true, error: null };
const loading: QueryState = { ...idle, fetching: true };
const loaded = (data = roadmap): QueryState => ({ data, pending: false, error: null });
const failed = (message: string): QueryState => ({ data: undefined, pending: false, error: new Error(message) });

describe('decideDataset', () => {
  it('shows the built-in roadmap when the address names none, and waits for it without a label', () => {
    expect(decideDataset({ kind: 'built-in' }, idle, loading, null)).toEqual({
      arrived: null,
      error: null,
      waiting: { kind: 'loading', label: null, progress: false, cancellable: false },
    });
    const shown = decideDataset({ kind: 'built-in' }, idle, loaded(), null);
    expect(shown.arrived).toEqual({ id: 'built-in', roadmap, label: null, dataUrl: null, localFile: false });
    expect(shown.error).toBeNull();
  });

  it('waits for a ?data= dataset with its address, progress and Cancel, even when the built-in one is at hand', () => {
    const source = { kind: 'address', address: 'https://x.org/r.json' } as const;
    expect(decideDataset(source, loading, loaded(), null)).toEqual({
      arrived: null,
      error: null,
      waiting: { kind: 'loading', label: 'https://x.org/r.json', progress: true, cancellable: true },
    });
    expect(decideDataset(source, loaded(other), idle, null).arrived).toEqual({
      id: 'https://x.org/r.json',
      roadmap: other,
      label: 'https://x.org/r.json',
      dataUrl: 'https://x.org/r.json',
      localFile: false,
    });
  });

  it('names a #data= roadmap as the one in the link, carried by no address', () => {
    const decision = decideDataset({ kind: 'address', address: '#data=abc' }, loaded(other), idle, null);
    expect(decision.arrived).toEqual({ id: '#data=abc', roadmap: other, label: 'the roadmap in this link', dataUrl: null, localFile: true });
  });

  it('shows a file that was opened, whatever the address said before', () => {
    const source = { kind: 'file', fileName: 'mine.json', roadmap: other, opened: 2 } as const;
    expect(decideDataset(source, idle, loaded(), null).arrived).toEqual({
      id: 'file:2:mine.json',
      roadmap: other,
      label: 'mine.json',
      dataUrl: null,
      localFile: true,
    });
  });

  it('puts a failed ?data= dataset over the built-in roadmap, and in place of the page until that one has come', () => {
    const source = { kind: 'address', address: 'gone.json' } as const;
    const meanwhile = decideDataset(source, failed('404'), loading, null);
    expect(meanwhile.arrived).toBeNull();
    expect(meanwhile.error).toMatchObject({ overlay: true, fromFile: false });
    expect(meanwhile.waiting).toEqual({ kind: 'loading', label: null, progress: false, cancellable: false });
    const settled = decideDataset(source, failed('404'), loaded(), null);
    expect(settled.arrived?.id).toBe('built-in');
    expect(settled.error).toMatchObject({ error: new Error('404'), overlay: true });
    expect(decideDataset(source, failed('404'), failed('offline'), null).waiting).toEqual({ kind: 'error' });
  });

  it('keeps the dataset on screen under the error of a file that could not be opened', () => {
    const decision = decideDataset({ kind: 'built-in' }, idle, loaded(), new Error('mine.json is not valid JSON'));
    expect(decision.arrived?.id).toBe('built-in');
    expect(decision.error).toEqual({ error: new Error('mine.json is not valid JSON'), overlay: true, fromFile: true });
  });

  it('offers Retry when the built-in roadmap itself failed', () => {
    expect(decideDataset({ kind: 'built-in' }, idle, failed('offline'), null).waiting).toEqual({ kind: 'built-in-failed', error: new Error('offline') });
  });
});

describe('describeAddress', () => {
  it('carries a URL in links, and a link’s own roadmap in none', () => {
    expect(describeAddress('r.json')).toEqual({ label: 'r.json', dataUrl: 'r.json', localFile: false });
    expect(describeAddress('#data=x').dataUrl).toBeNull();
  });
});
