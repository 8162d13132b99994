import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDatasetUrl, loadRoadmap, NetworkError, TimeoutError } from './loadRoadmap';
import { DatasetError } from './DatasetError';
import { activateLanguage } from '../i18n/i18n';
import { tooLargeMessage } from './validateDatasetText';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

afterEach(() => vi.restoreAllMocks());
const base = 'https://example.org/app/';

/**
 * Answers every fetch with `text` in `pieces` chunks, one every `everyMs`; with `stallAfter`, it then sends nothing
 * more. The body ends with the request's signal, as a real download does.
 */
function trickle(text: string, pieces: number, everyMs: number, { stallAfter = false } = {}) {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / pieces);
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          controller.error(init.signal?.reason);
        });
        const send = (at: number) => {
          if (at >= bytes.length) return stallAfter ? undefined : controller.close();
          controller.enqueue(bytes.slice(at, at + size));
          timer = setTimeout(() => send(at + size), everyMs);
        };
        send(0);
      },
    });
    return new Response(body);
  });
}

describe('loadRoadmap', () => {
  it("refuses addresses that are not https, unless they are on the app's own site", () => {
    expect(() => checkDatasetUrl('javascript:alert(1)', base)).toThrow(
      /Only https addresses, or addresses on this app’s own site, can be loaded: not “javascript:”/,
    );
    expect(() => checkDatasetUrl('data:application/json,{}', base)).toThrow(/Only https addresses/);
    expect(() => checkDatasetUrl('http://example.com/d.json', base)).toThrow(/http:\/\/example.com\/d.json is plain http on another site/);
    expect(checkDatasetUrl('data/x.json', base).href).toBe('https://example.org/app/data/x.json');
    expect(checkDatasetUrl('http://localhost:5173/d.json', 'http://localhost:5173/').href).toBe('http://localhost:5173/d.json');
    expect(() => checkDatasetUrl('http://localhost:8080/d.json', 'http://localhost:5173/')).toThrow(/plain http on another site/);
  });

  it('refuses a plain http dataset on another site before any request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(loadRoadmap('http://example.com/d.json')).rejects.toThrow(/plain http on another site/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses a UTF-16 file by name instead of half-reading it', async () => {
    const json = JSON.stringify(fixtureRoadmap);
    const utf16 = (bom: boolean) => {
      const bytes = new Uint8Array((json.length + (bom ? 1 : 0)) * 2);
      const text = (bom ? '\ufeff' : '') + json;
      for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i) & 0xff;
      return bytes;
    };
    for (const bom of [true, false]) {
      vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response(utf16(bom)));
      await expect(loadRoadmap('https://example.org/utf16.json')).rejects.toThrow(/must be UTF-8: it looks like UTF-16/);
    }
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response(new Uint8Array([0x7b, 0xe9, 0x7d])));
    await expect(loadRoadmap('https://example.org/latin1.json')).rejects.toThrow(/must be UTF-8: it has bytes that are not UTF-8 text/);
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

  it('stops at the size limit when the server announces a larger file', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { headers: { 'content-length': '70000000' } }));
    await expect(loadRoadmap('https://example.org/big.json')).rejects.toThrow(/70\.0 MB, over the 60 MB limit/);
  });

  it('names a web page answered instead of JSON', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(loadRoadmap('https://example.org/page')).rejects.toThrow(/is a web page \(HTML\), not a JSON or CSV dataset/);
  });

  it('gives up on a server that does not answer, with an error not worth retrying', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const error = await loadRoadmap('https://example.org/slow.json', { stallMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/did not answer within 0.05 seconds/);
  });

  it('waits for a slow download as long as bytes keep arriving, past the stall limit many times over', async () => {
    trickle(JSON.stringify(fixtureRoadmap), 12, 20);
    const roadmap = await loadRoadmap('https://example.org/trickle.json', { stallMs: 60, totalMs: 5_000 });
    expect(roadmap.milestones).toHaveLength(3);
  });

  it('gives up on a download that stops sending, and says it stalled', async () => {
    trickle(JSON.stringify(fixtureRoadmap).slice(0, 200), 2, 10, { stallAfter: true });
    const error = await loadRoadmap('https://example.org/stall.json', { stallMs: 60, totalMs: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('https://example.org/stall.json stopped sending: nothing arrived for 0.06 seconds');
  });

  it('gives up on a download still trickling at the total cap, and says so', async () => {
    trickle(JSON.stringify(fixtureRoadmap), 200, 20);
    const error = await loadRoadmap('https://example.org/long.json', { stallMs: 100, totalMs: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('https://example.org/long.json took longer than 0.15 seconds to download, the longest a download may take');
  });

  it('reports a download that breaks off midway as a network failure', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"meta":'));
        controller.error(new TypeError('network error'));
      },
    });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body));
    await expect(loadRoadmap('https://example.org/cut.json')).rejects.toThrow(/The download of https:\/\/example.org\/cut.json broke off/);
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

describe('loadRoadmap in another language', () => {
  afterEach(() => activateLanguage('en'));

  it('says what went wrong in German, with its numbers written the German way', async () => {
    await activateLanguage('de');
    expect(() => checkDatasetUrl('http://example.com/d.json', base)).toThrow(
      'Geladen werden können nur https-Adressen oder Adressen auf der eigenen Website dieser App: http://example.com/d.json ist einfaches http auf einer anderen Website',
    );
    expect(tooLargeMessage('big.json', 70_000_000)).toBe('big.json ist 70,0 MB groß, über der Grenze von 60 MB');
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const error = await loadRoadmap('https://example.org/slow.json', { stallMs: 50 }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('https://example.org/slow.json hat nicht innerhalb von 0,05 Sekunden geantwortet');
  });
});
