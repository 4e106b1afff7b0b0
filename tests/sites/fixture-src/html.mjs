// Tiny helpers shared by the fixture builders.
export const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines to Gmail/Outlook-style HTML: one <div> per line, empty lines as <div><br></div>. */
export const linesToDivs = (lines) => lines.map((l) => (l ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('');

/** Decimal id → hex (Gmail's legacy ids are the hex of the perm ids). */
export const hex = (dec) => BigInt(dec).toString(16);

/** A deterministic pseudo-random generator so rebuilt fixtures are byte-identical. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export function token(r, n) {
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHA[Math.floor(r() * ALPHA.length)];
  return out;
}

/** Gmail-like jslog payloads (base64-ish noise). */
export const jslog = (r, id) => `${id}; u014N:${token(r, 6)},${token(r, 6)}; 1:W${token(r, 40)}.; 4:W${token(r, 28)}.`;
