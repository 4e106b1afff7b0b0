// The mail's language from its own text: Japanese when kana/kanji are a meaningful share.
import { isAsciiLetter, isJapaneseChar } from './normalize';
import type { Region } from './split';
import type { Language } from './types';

/** Per UTF-16 code: 1 Japanese char, 2 ASCII letter, 0 other (computed once, read only). */
const CLASS = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = isJapaneseChar(c) ? 1 : isAsciiLetter(c) ? 2 : 0;
  return t;
})();

/** 'ja' when kana/kanji are a meaningful share of the own text (else of the whole body). */
export function detectLanguage(norm: string, regions: Region[]): Language {
  const counts = [0, 0, 0];
  for (const r of regions) if (r.kind === 'own') countChars(norm, r.start, r.end, counts);
  if (counts[1]! + counts[2]! === 0) countChars(norm, 0, norm.length, counts);
  const ja = counts[1]!;
  const latin = counts[2]!;
  // An English word is ~5 letters where a Japanese word is ~2 chars: compare in words.
  return ja >= 4 && ja / (ja + latin / 2.5) >= 0.25 ? 'ja' : 'en';
}

function countChars(norm: string, a: number, b: number, counts: number[]): void {
  for (let i = a; i < b; i++) counts[CLASS[norm.charCodeAt(i)]!]!++;
}
