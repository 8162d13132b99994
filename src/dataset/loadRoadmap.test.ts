import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDatasetUrl, loadRoadmap, NetworkError, TimeoutError } from './loadRoadmap';
import { DatasetError } from './DatasetError';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

afterEach(() => vi.restoreAllMocks());
const base = 'https://example.org/app/';

describe('loadRoadmap', () => {
  it('refuses addresses that are not http(s)', () => {
    expect(() => checkDatasetUrl('javascript:alert(1)', base)).toThrow(/Only http and https/);
    expect(() => checkDatasetUrl('data:application/json,{}', base)).toThrow(/Only http and https/);
    expect(checkDatasetUrl('data/x.json', base).href).toBe('https://example.org/app/data/x.json');
  });

  it('loads and validates, reporting progress', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(fixtureRoadmap)));
    const progress: number[] = [];
    const roadmap = await loadRoadmap('https://example.org/d.json', { onProgress: (loaded) => progress.push(loaded) });
    expect(roadmap.milestones).toHaveLength(3);
    expect(progress.at(-1)).toBe(JSON.stringify(fixtureRoadmap).length);
  });

  it('decodes a character split between two chunks of the download', async () => {
    const withAccents = structuredClone(fixtureRoadmap);
    withAccents.milestones[0]!.title = 'Ünïcode “launch” 🚀';
    const bytes = new TextEncoder().encode(JSON.stringify(withAccents));
    const cut = bytes.indexOf(0xf0) + 2; // inside the four bytes of the rocket
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body));
    const roadmap = await loadRoadmap('https://example.org/split.json');
    expect(roadmap.milestones[0]!.title).toBe('Ünïcode “launch” 🚀');
  });

  it('takes a download the page started early, once, and fetches afresh after that', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ broken: true })));
    const early = { response: Promise.resolve(new Response(JSON.stringify(fixtureRoadmap))), controller: new AbortController() };
    window.__roadmapEarlyFetch = new Map([['https://example.org/early.json', early]]);
    const roadmap = await loadRoadmap('https://example.org/early.json');
    expect(roadmap.milestones).toHaveLength(3);
    expect(fetchSpy).not.toHaveBeenCalled();
    await expect(loadRoadmap('https://example.org/early.json')).rejects.toThrow(DatasetError);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('gives up on an early download that never answers after the time-out, and cancels it', async () => {
    const controller = new AbortController();
    window.__roadmapEarlyFetch = new Map([['https://example.org/never.json', { response: new Promise<Response>(() => undefined), controller }]]);
    await expect(loadRoadmap('https://example.org/never.json', { timeoutMs: 50 })).rejects.toBeInstanceOf(TimeoutError);
    expect(controller.signal.aborted).toBe(true);
  });

  it('stops at the size limit when the server announces a larger file', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { headers: { 'content-length': '70000000' } }));
    await expect(loadRoadmap('https://example.org/big.json')).rejects.toThrow(/70\.0 MB, over the 60 MB limit/);
  });

  it('names a web page answered instead of JSON', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(loadRoadmap('https://example.org/page')).rejects.toThrow(/is a web page \(HTML\), not a JSON dataset/);
  });

  it('gives up after the time-out, with an error not worth retrying', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const error = await loadRoadmap('https://example.org/slow.json', { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/did not answer within 0.05 seconds/);
  });

  it('reports a network failure as worth retrying, and a 404 as not', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(loadRoadmap('https://example.org/x.json')).rejects.toBeInstanceOf(NetworkError);
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response('no', { status: 404, statusText: 'Not Found' }));
    const error = await loadRoadmap('https://example.org/x.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('the server answered 404 Not Found');
  });
});
