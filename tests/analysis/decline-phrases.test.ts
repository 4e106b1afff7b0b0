// @vitest-environment node
// Decline phrases are the minimal text that carries the signal: never empty, inside one
// sentence, never cut inside a word, and in English the verb with its short object
// ("accepted another offer", "discuss it with my wife") rather than a lone noun.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { evaluateCorpus, loadCorpus } from '../../scripts/eval';

const DIR = join(__dirname, '..', 'fixtures', 'analysis');
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

function phrases(body: string, subject = 'Re: Offer') {
  return analyzeMessage({ subject, body, from: { name: 'Candidate', email: 'c@example.com' } }).decline.phrases.map((p) => p.text);
}

describe('decline phrase shape', () => {
  it.each(['corpus.jsonl', 'corpus-holdout.jsonl', 'corpus-independent.jsonl'])('holds on every predicted phrase of %s', (file) => {
    for (const { line, pred } of evaluateCorpus(loadCorpus(join(DIR, file))).items) {
      for (const p of pred.decline.phrases) {
        const where = `${line.id}: ${JSON.stringify(p.text)}`;
        expect(p.end, where).toBeGreaterThan(p.start);
        expect(line.body.slice(p.start, p.end), where).toBe(p.text);
        expect(p.text.trim(), where).toBe(p.text);
        expect(/[\n。！？!?]/.test(p.text.slice(0, -1)), where).toBe(false);
        expect(isLetter(line.body[p.start - 1]) && isLetter(line.body[p.start]), where).toBe(false);
        expect(isLetter(line.body[p.end - 1]) && isLetter(line.body[p.end]), where).toBe(false);
        expect(/\b(another|at|with|from|the|a)$/i.test(p.text), where).toBe(false);
      }
    }
  });

  it('English: the verb comes with its short object, not a lone noun', () => {
    expect(phrases("Hi Sam,\nThanks for the offer. I'm comparing it with another offer I received last week.\nBest,\nAna")).toContain("I'm comparing it with another offer");
    expect(phrases("Hi Sam,\nThanks for the interview. I need to discuss it with my wife before I commit.\nBest,\nAna")).toContain('I need to discuss it with my wife');
    expect(phrases("Hi Sam,\nThanks for the interview. My current employer has made a counteroffer.\nBest,\nAna")).toContain('has made a counteroffer');
    expect(phrases("Hi Sam,\nThank you for the offer. I've accepted a role at another company.\nBest,\nAna")).toContain("I've accepted a role at another company");
    expect(phrases('Hi Sam,\nThank you for the offer. Unfortunately I have decided to withdraw my application.\nBest,\nAna')).toContainEqual(expect.stringMatching(/I have decided to withdraw my application$/));
    expect(phrases('Hi Sam,\nThank you for the offer. I accepted another offer last week.\nBest,\nAna')).toContain('I accepted another offer');
  });

  it('Japanese: the phrase ends on the verb, inside the sentence', () => {
    const ps = phrases('佐藤様\n\nお世話になっております。山田です。\n大変恐縮ですが、今回の内定は辞退させていただきます。\n山田', '内定のご連絡');
    expect(ps.length).toBe(1);
    expect(ps[0]).toMatch(/^[^。\n]*辞退させていただきます$/);
  });
});

describe('a hedged decline is a soft hint (issue 16: a wavering candidate is not offered a goodbye)', () => {
  const level = (body: string) => analyzeMessage({ subject: 'Re: 面接のお礼', body, from: { name: '鈴木', email: 's@example.com' } }).decline.level;
  it.each([
    ['今回は見送らせていただくことも考えております。', 'soft'],
    ['辞退することも検討しております。', 'soft'],
    ['選考を見送ることも考えています。', 'soft'],
    ['今回は見送らせていただきます。', 'hard'],
    ['選考を辞退させていただきます。', 'hard'],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(level(`採用ご担当者様\n\nお世話になっております。鈴木です。\n${sentence}\n\nよろしくお願いいたします。\n鈴木`)).toBe(expected);
  });
});
