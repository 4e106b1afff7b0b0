// normalizeForMatch takes shortcuts (the body itself, or body.toLowerCase()) when one pass shows
// they give the same copy. This checks them against the plain char-by-char fold the copy is
// defined by, on every UTF-16 code and on random mixes of the cases that choose a path.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../lib/analysis/normalize';

const ENTITIES: Array<[string, string]> = [
  ['&nbsp;', ' '],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#39;', "'"],
  ['&apos;', "'"],
  ['&#160;', ' '],
];
const BREAK_TAGS = ['<br>', '<br/>', '<br />', '<p>', '</p>', '<div>', '</div>'];

/** The definition: fold char by char, blank entities and break tags, lone surrogates → U+FFFD. */
function reference(body: string): string {
  const out: number[] = [];
  let i = 0;
  outer: while (i < body.length) {
    const c = body.charCodeAt(i);
    if (c === 0x26 || c === 0x3c) {
      for (const [from, to] of [...ENTITIES, ...BREAK_TAGS.map((t) => [t, '\n'] as [string, string])]) {
        if (body.substr(i, from.length).toLowerCase() === from) {
          out.push(to.charCodeAt(0), ...Array<number>(from.length - 1).fill(0x20));
          i += from.length;
          continue outer;
        }
      }
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length && body.charCodeAt(i + 1) >= 0xdc00 && body.charCodeAt(i + 1) <= 0xdfff) {
      out.push(c, body.charCodeAt(i + 1));
      i += 2;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) out.push(0xfffd);
    else if (c >= 0x41 && c <= 0x5a) out.push(c + 32);
    else if (c === 0x09 || c === 0x0d) out.push(0x20);
    else if (c >= 0xff01 && c <= 0xff5e) out.push(c - 0xfee0 >= 0x41 && c - 0xfee0 <= 0x5a ? c - 0xfee0 + 32 : c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff) out.push(0x20);
    else if (c === 0x2019 || c === 0x2018) out.push(0x27);
    else if (c === 0x201c || c === 0x201d) out.push(0x22);
    else if (c === 0xff61) out.push(0x3002);
    else out.push(c);
    i++;
  }
  let s = '';
  for (let k = 0; k < out.length; k += 4096) s += String.fromCharCode(...out.slice(k, k + 4096));
  return s;
}

describe('normalizeForMatch', () => {
  it('equals the char-by-char fold on every UTF-16 code, alone, after an upper-case letter and before an entity', () => {
    const bad: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, 'A' + ch, 'x' + ch + '&nbsp;', ch + 'Q']) if (normalizeForMatch(s) !== reference(s)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('equals the char-by-char fold on random mixes of the cases that pick a path', () => {
    const pool = ['&nbsp;', '&NBSP;', '<br>', '<BR/>', '&', '<', 'A', 'ｚ', 'Ａ', '\ud83d\ude00', '\ud801\udc00', '\ud800', '\udc00', 'É', 'é', 'İ', 'Σ', '　', '\r', '\t', '日本', 'abc', ' ', 'K', '&amp;', '<p>', '※', '━'];
    let seed = 12345;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let r = 0; r < 20000; r++) {
      let s = '';
      const len = Math.floor(rnd() * 12);
      for (let k = 0; k < len; k++) s += pool[Math.floor(rnd() * pool.length)];
      expect(normalizeForMatch(s)).toBe(reference(s));
    }
  });

  it('equals the char-by-char fold on long Japanese mixes with many changes (past the splice limit)', () => {
    for (const unit of ['ＡＢ日本&nbsp;\r', 'お世話に。　Ａ\ud800', '日本語', '面接<BR>？'])
      for (const times of [1, 100, 600]) {
        const body = unit.repeat(times);
        expect(normalizeForMatch(body)).toBe(reference(body));
      }
  });

  it('keeps the length and returns the body itself when nothing changes', () => {
    const ja = 'お世話になっております。面接の件、承知しました。';
    expect(normalizeForMatch(ja)).toBe(ja);
    const en = 'Hello Sarah, I AM not sure.\tThanks &amp; regards<br>Bob';
    expect(normalizeForMatch(en)).toHaveLength(en.length);
    expect(normalizeForMatch(en)).toBe('hello sarah, i am not sure. thanks &     regards\n   bob');
  });
});
