// @vitest-environment node
// Category generalisation: a small labelled set of single questions/anxieties
// (tests/fixtures/analysis/categories.jsonl, written independently of the topic vocabulary),
// each wrapped in a short, realistic candidate mail. Reports accuracy per language and
// asserts ≥ 0.85 in each. A sentence that is not detected at all counts as wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { ANXIETY_CATEGORIES, type TopicCategory } from '../../lib/analysis/types';

interface Item {
  id: string;
  lang: 'ja' | 'en';
  category: TopicCategory;
  text: string;
}

const FILE = join(__dirname, '..', 'fixtures', 'analysis', 'categories.jsonl');
const ITEMS: Item[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Item);

/** A few mail shapes per language so the sentence is not always in the same place. */
const WRAP: Record<'ja' | 'en', Array<{ subject: string; before: string; after: string }>> = {
  ja: [
    { subject: 'Re: 一次面接のお礼', before: '採用ご担当 佐藤様\n\nお世話になっております。山田太郎です。\n先日は面接の機会をいただき、誠にありがとうございました。\n', after: '\nお忙しいところ恐縮ですが、よろしくお願いいたします。\n\n山田太郎\n' },
    { subject: '内定のご連絡につきまして', before: '株式会社ミライテック\n人事部 田中様\n\nいつもお世話になっております。鈴木花子でございます。\nこのたびは内定のご連絡をいただき、ありがとうございます。\n', after: '\n何卒よろしくお願い申し上げます。\n\n--\n鈴木花子\nhanako.suzuki@example.jp\n' },
    { subject: 'Re: 最終面接の日程について', before: '高橋様\n\nお世話になっております。伊藤です。\n最終面接のご案内をありがとうございます。日程は承知いたしました。\nひとつ確認させてください。', after: '\n引き続きよろしくお願いいたします。\n伊藤\n' },
  ],
  en: [
    { subject: 'Re: Interview follow-up', before: 'Hi Sarah,\n\nThank you again for the interview last Thursday.\n', after: '\nThanks in advance,\nJohn Miller\n' },
    { subject: 'Re: Offer - Backend Engineer', before: 'Hello Mark,\n\nThanks so much for the offer, I really appreciate it.\nBefore I get back to you, one thing: ', after: '\n\nBest regards,\nPriya Raman\n' },
    { subject: 'Question about the role', before: 'Dear Ms. Chen,\n\nIt was a pleasure speaking with you during the second round yesterday.\n\n', after: '\n\nKind regards,\nDaniel Kim\n\nOn Tue, Nov 18, 2026 at 4:12 PM Lisa Chen <lisa@example.com> wrote:\n> Hi Daniel, let me know if you have any questions.\n' },
  ],
};

function predictCategory(item: Item, k: number): TopicCategory | 'undetected' {
  const w = WRAP[item.lang][k % WRAP[item.lang].length]!;
  const body = w.before + item.text + w.after;
  const start = w.before.length;
  const r = analyzeMessage({ subject: w.subject, body, from: { name: 'Candidate', email: 'candidate@example.com' } });
  const span = [...r.anxieties, ...r.questions].find((s) => s.start <= start && s.end > start);
  return span ? span.category : 'undetected';
}

describe('category set (categories.jsonl)', () => {
  const results = ITEMS.map((item, k) => ({ item, pred: predictCategory(item, k) }));

  it('is a balanced set of at least 120 sentences in both languages', () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['ja', 'en'] as const) expect(ITEMS.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(ITEMS.length * 0.4);
    for (const c of ANXIETY_CATEGORIES) expect(ITEMS.filter((i) => i.category === c).length).toBeGreaterThanOrEqual(10);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`category accuracy ≥ 0.85 (${lang})`, () => {
      const mine = results.filter((r) => r.item.lang === lang);
      const ok = mine.filter((r) => r.pred === r.item.category).length;
      const acc = ok / mine.length;
      const wrong = mine.filter((r) => r.pred !== r.item.category).map((r) => `  ${r.item.id} ${r.pred} vs gold ${r.item.category}: ${r.item.text}`);
      console.log(`category accuracy ${lang}: ${(acc * 100).toFixed(1)}% (${ok}/${mine.length})` + (wrong.length ? '\n' + wrong.join('\n') : ''));
      expect(acc).toBeGreaterThanOrEqual(0.85);
    });
  }
});
