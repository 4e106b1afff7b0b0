// The mail's language from its own text: Japanese when kana/kanji are a meaningful share.
import { isAsciiLetter, isJapaneseChar } from './normalize';
import type { Region } from './split';
import type { Language } from './types';

/** 'ja' when kana/kanji are a meaningful share of the own text (else of the whole body). */
export function detectLanguage(norm: string, regions: Region[]): Language {
  let ja = 0;
  let latin = 0;
  const count = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      const c = norm.charCodeAt(i);
      if (isJapaneseChar(c)) ja++;
      else if (isAsciiLetter(c)) latin++;
    }
  };
  for (const r of regions) if (r.kind === 'own') count(r.start, r.end);
  if (ja + latin === 0) count(0, norm.length);
  // An English word is ~5 letters where a Japanese word is ~2 chars: compare in words.
  return ja >= 4 && ja / (ja + latin / 2.5) >= 0.25 ? 'ja' : 'en';
}
