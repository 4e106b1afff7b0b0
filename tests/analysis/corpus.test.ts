// @vitest-environment node
// Runs the evaluation on the labelled corpora and asserts the F1 targets.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from '../../scripts/eval';

const DIR = join(__dirname, '..', 'fixtures', 'analysis');

describe.each(['corpus.jsonl', 'corpus-holdout.jsonl', 'corpus-independent.jsonl'])('%s', (file) => {
  const lines = loadCorpus(join(DIR, file));
  const r = evaluateCorpus(lines);
  it('has enough messages in both languages', () => {
    expect(lines.length).toBeGreaterThanOrEqual(file === 'corpus.jsonl' ? 200 : 60);
    expect(r.ja.messages).toBeGreaterThanOrEqual(lines.length * 0.4);
  });
  it('gold offsets are consistent', () => {
    for (const l of lines) {
      for (const s of [...l.gold.questions, ...l.gold.anxieties, ...l.gold.decline.phrases]) expect(l.body.slice(s.start, s.end)).toBe(s.text);
    }
  });
  it('prediction offsets are exact', () => {
    for (const { line, pred } of r.items) {
      for (const s of [...pred.questions, ...pred.anxieties, ...pred.decline.phrases]) expect(line.body.slice(s.start, s.end)).toBe(s.text);
    }
  });
  for (const lang of ['ja', 'en'] as const) {
    it(`F1 ≥ 0.90 per field (${lang})`, () => {
      const s = r[lang];
      expect(s.candidate.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.decline.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.questions.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.anxieties.f1).toBeGreaterThanOrEqual(0.9);
    });
  }
});
