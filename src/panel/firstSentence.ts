/**
 * The first sentence of a text, for a one-line summary: up to the first full stop, question or exclamation mark
 * followed by a space. A sentence that ends only at the text's end is the whole text.
 * @example firstSentence('Regulators acted. A fine followed.') // 'Regulators acted.'
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
