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

/** Like `first`, but only among elements `keep` accepts (e.g. outside a mail body, or shown). */
export function firstWhere<E extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, keep: (el: E) => boolean): E | null {
  for (const selector of chain) {
    // The first hit is nearly always the one (a header precedes its body): no full scan for it.
    const hit = root.querySelector<E>(selector);
    if (!hit) continue;
    if (keep(hit)) return hit;
    for (const next of Array.from(root.querySelectorAll<E>(selector))) if (next !== hit && keep(next)) return next;
  }
  return null;
}

/** Like `all`, but the first selector with an accepted element wins, and only accepted ones are returned. */
export function allWhere<E extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, keep: (el: E) => boolean): E[] {
  for (const selector of chain) {
    const hits = Array.from(root.querySelectorAll<E>(selector)).filter(keep);
    if (hits.length > 0) return hits;
  }
  return [];
}
