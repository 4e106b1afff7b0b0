// Compares training configurations on the development authors only (never TEST_AUTHORS):
// leave-one-author-out over the new development authors (a01…), each fold trained on every other
// development author, scored twice: with the committed thresholds and with thresholds tuned on the
// same folds (optimistic, but equal for every configuration, so comparable).
// Run: npx tsx scripts/compare-configs.ts '{"epochs":12}' '{"bits":17}'   (JSON overrides of CONFIG; '{}' = as committed)
import { writeFileSync } from 'node:fs';
import { analyzeDetailed } from '../lib/analysis/analyze';
import { modelFromWeights } from '../lib/analysis/model/bundled';
import { predict } from '../lib/analysis/prediction';
import { loadAll, loadCategorySentences, TEST_AUTHORS } from './corpora';
import { readThresholds, summarise, tuneByLanguage } from './eval';
import { CONFIG, trainWeights, type TrainConfig } from './model-train';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const all = loadAll();
const dev = all.filter((l) => !TEST_AUTHORS.includes(l.author));
const heldAuthors = [...new Set(dev.map((l) => l.author))].filter((a) => a.startsWith('a'));
const cats = loadCategorySentences();

for (const arg of process.argv.slice(2).length ? process.argv.slice(2) : ['{}']) {
  const cfg: TrainConfig = { ...CONFIG, ...(JSON.parse(arg) as Partial<TrainConfig>) };
  const t0 = performance.now();
  const folds = heldAuthors.map((author) => {
    const raw = trainWeights(dev.filter((l) => l.author !== author), cats, readThresholds(), cfg);
    const held = dev.filter((l) => l.author === author);
    const model = modelFromWeights(JSON.parse(JSON.stringify(raw)));
    const tuning = held.map((line) => {
      const d = analyzeDetailed({ subject: line.subject, body: line.body, from: line.from }, { model, scores: true });
      const open = line.gold.candidate ? analyzeDetailed({ subject: line.subject, body: line.body, from: line.from, knownCandidate: true }, { model, scores: true }) : null;
      return { line, candidateP: d.candidateP, sentences: open?.sentences ?? [] };
    });
    return { author, raw, held, tuning, lines: held, items: [] as never[] };
  });
  if (process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify(folds.map((f) => ({ author: f.author, tuning: f.tuning }))));
  const tuned = tuneByLanguage(folds as never);
  for (const [name, thresholds] of [['committed', readThresholds()], ['tuned', tuned]] as const) {
    const items = folds.flatMap((f) => {
      const model = modelFromWeights(JSON.parse(JSON.stringify({ ...f.raw, thresholds })));
      return f.held.map((line) => ({ line, pred: predict(line.id, { subject: line.subject, body: line.body, from: line.from }, { model }) }));
    });
    const r = summarise(items as never);
    const row = (s: typeof r.ja) =>
      `cand ${pct(s.candidate.f1)} decl ${pct(s.decline.f1)} (P${pct(s.decline.precision)} R${pct(s.decline.recall)}) q ${pct(s.questions.f1)} w ${pct(s.anxieties.f1)} (R${pct(s.anxieties.recall)}) cat ${pct(s.anxietyCategoryAccuracy)}`;
    if (process.env.ERRORS && name === 'tuned') printErrors(r.items as never);
    console.log(`${arg} [${name}] ${((performance.now() - t0) / 1000).toFixed(0)}s\n  ja ${row(r.ja)}\n  en ${row(r.en)}`);
  }
  console.log(`  tuned: ${JSON.stringify(tuned)}`);
}

/** ERRORS=en: missed and wrongly categorised worries, missed and invented hints, for reading (development authors only). */
function printErrors(items: Array<{ line: (typeof dev)[number]; pred: ReturnType<typeof predict> }>): void {
  const lang = process.env.ERRORS;
  const conf = new Map<string, number>();
  for (const { line, pred } of items) {
    if (line.lang !== lang || !line.gold.candidate) continue;
    for (const g of line.gold.anxieties) {
      const p = pred.anxieties.find((x) => x.start === g.start);
      if (!p) console.log(`W-FN ${g.category}: ${g.text}`);
      else if (p.category !== g.category) {
        conf.set(`${g.category}->${p.category}`, (conf.get(`${g.category}->${p.category}`) ?? 0) + 1);
        console.log(`CAT ${g.category}->${p.category}: ${g.text}`);
      }
    }
    const gl = line.gold.decline.level;
    if (gl !== 'none' && pred.decline.level === 'none') console.log(`H-FN ${line.id} ${gl}: ${line.gold.decline.phrases.map((x) => x.text).join(' | ')}`);
    if (gl === 'none' && pred.decline.level !== 'none') console.log(`H-FP ${line.id}: ${pred.decline.phrases.map((x) => x.text).join(' | ')}`);
  }
  console.log([...conf].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
}
