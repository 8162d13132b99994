// When a person follows a link inside the panel, focus should land on the new node's heading,
// not fall back to <body> while the panel swaps its content. A one-shot request bridges the two.
let pending = false;

export function requestHeadingFocus() {
  pending = true;
}

export function takeHeadingFocusRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
