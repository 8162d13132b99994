import { describe, expect, it } from 'vitest';
import { readDatasetFile } from './decodeDataset';

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
};

describe('readDatasetFile', () => {
  it('reads UTF-8, with or without a byte order mark', async () => {
    const text = '{"title":"Ünïcode 🚀"}';
    expect(await readDatasetFile(new Blob([text]), 'mine.json')).toBe(text);
    expect(await readDatasetFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), text]), 'mine.json')).toBe(text);
  });

  it('refuses UTF-16 by name, with or without a byte order mark', async () => {
    await expect(readDatasetFile(new Blob([utf16le('{"a":1}')]), 'mine.json')).rejects.toThrow('mine.json must be UTF-8: it looks like UTF-16 text');
    await expect(readDatasetFile(new Blob([utf16le('{"a":1}').slice(2)]), 'mine.json')).rejects.toThrow(/must be UTF-8: it looks like UTF-16/);
  });

  it('refuses bytes UTF-8 does not allow instead of reading them as replacement characters', async () => {
    await expect(readDatasetFile(new Blob([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])]), 'latin1.json')).rejects.toThrow(
      'latin1.json must be UTF-8: it has bytes that are not UTF-8 text',
    );
  });
});
