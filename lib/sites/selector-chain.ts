// Selector chains: a site's markup changes under us, so every hook is a list tried newest first
// (InboxSDK's `selector_2024_05 || selector_2022_11`). The first selector that matches anything wins,
// which keeps old fallbacks from mixing results with the current markup.

/** Newest first. Each entry's comment (at its definition) says what it matches and when it was seen. */
export type SelectorChain = readonly string[];

export function first<E extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain): E | null {
  for (const selector of chain) {
    const hit = root.querySelector<E>(selector);
    if (hit) return hit;
  }
  return null;
}

export function all<E extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain): E[] {
  for (const selector of chain) {
    const hits = root.querySelectorAll<E>(selector);
    if (hits.length > 0) return Array.from(hits);
  }
  return [];
}

/** One selector list for `matches`/`closest`, where every alternative counts. */
export const anyOf = (chain: SelectorChain): string => chain.join(', ');
