// @vitest-environment node
// The packed int8 rows the analyzer scores with must give exactly what each model's own vector
// gives (dot()): same sums in the same order, so speed never changes a verdict or a trained threshold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';
import { extract } from '../../lib/analysis/extract';
import { bundledModel, modelFromWeights } from '../../lib/analysis/model/bundled';
import { messageFeatures, newFeatures, sentenceFeatures } from '../../lib/analysis/model/features';
import { BINARY_MODELS, categoryLogits, COL_CANDIDATE, dot, dotColumn, sentenceLogits } from '../../lib/analysis/model/linear';
import type { MessageInput } from '../../lib/analysis/types';

const corpus = readFileSync(join(__dirname, '..', 'fixtures', 'analysis', 'corpus.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as MessageInput)
  .slice(0, 150);

describe('packed scoring', () => {
  const model = bundledModel().model!;

  it('every packed logit equals dot() of the model vector, bit for bit, on corpus mails', () => {
    let checked = 0;
    const z = new Float64Array(4);
    for (const input of corpus) {
      const x = extract(input);
      const m = newFeatures();
      messageFeatures(x, model.bits, m);
      expect(dotColumn(model.packed, COL_CANDIDATE, m)).toBe(dot(model.models.candidate, m));
      x.sentences.forEach((s, index) => {
        const f = newFeatures();
        sentenceFeatures(x.scan.norm, s, x.language, { index, count: x.sentences.length }, model.bits, f);
        sentenceLogits(model.packed, f, z);
        expect([...z]).toEqual([dot(model.models.hint, f), dot(model.models.question, f), dot(model.models.worry, f), dot(model.models.hard, f)]);
        expect(categoryLogits(model.packed, f)).toEqual(model.category.map((v) => dot(v, f)));
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('each binary model sits in its own column', () => {
    expect(new Set(BINARY_MODELS).size).toBe(5);
    const f = newFeatures();
    f.idx.push(0, 1, (1 << model.bits) - 1);
    f.val.push(1, 0.5, 2);
    const z = new Float64Array(4);
    sentenceLogits(model.packed, f, z);
    expect(z[0]).toBe(dot(model.models.hint, f));
    expect(z[3]).toBe(dot(model.models.hard, f));
  });
});

describe('bad input with corrupt weights: the rules answer', () => {
  const broken = modelFromWeights({ format: 'afterfollow-linear-1', bits: 16 });
  const mail = (body: string): MessageInput => ({ subject: 'Re: 面接', body, from: { name: 'c', email: 'c@example.com' } });
  for (const [name, input] of [
    ['empty', mail('')],
    ['1 MB', mail('I might decline. 不安です。&nbsp;\r\n'.repeat(40_000).slice(0, 1_000_000))],
    ['binary-looking', mail(String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536)))],
    ['mixed script', mail('Привет! 你好 مرحبا 안녕하세요 ＡＢＣ こんにちは 😀 I am worried 辞退 \u0000\uD800 İ')],
  ] as const) {
    it(name, () => {
      expect(broken.model).toBeNull();
      const a = analyzeMessage(input, { model: broken });
      expect(a.diagnostics?.engine).toBe('rules');
      expect(a.diagnostics?.modelError).toMatch(/weights/);
      for (const s of [...a.decline.phrases, ...a.questions, ...a.anxieties]) expect(input.body.slice(s.start, s.end)).toBe(s.text);
    });
  }
});
