// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeFragmentData, encodeFragmentData, readFragmentData } from './fragmentData';

describe('a roadmap in a link fragment', () => {
  it('round-trips text through deflate and base64url, using only characters a URL carries as they are', async () => {
    const text = JSON.stringify({ meta: { title: 'Été ✓' }, rows: Array.from({ length: 200 }, (_, i) => `row ${i}`) });
    const encoded = await encodeFragmentData(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(text.length);
    expect(await decodeFragmentData(encoded)).toBe(text);
    expect(readFragmentData(`#data=${encoded}`)).toBe(encoded);
    expect(readFragmentData('#other')).toBeNull();
  });

  it('says a cut-short or damaged link is damaged', async () => {
    const encoded = await encodeFragmentData(JSON.stringify({ long: 'x'.repeat(2000), more: [1, 2, 3] }));
    await expect(decodeFragmentData(encoded.slice(0, encoded.length - 6))).rejects.toThrow(/damaged or was cut short/);
    await expect(decodeFragmentData('!!!')).rejects.toThrow(/damaged/);
  });
});
