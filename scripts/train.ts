// `npm run train`: trains the learned part on every development author (never the final test
// authors) with the committed configuration and thresholds, and writes
// lib/analysis/model/weights.json. Deterministic: the same corpora give the same bytes
// (tests/analysis/model.test.ts checks the committed file).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadAll, loadCategorySentences, TEST_AUTHORS, type CorpusLine } from './corpora';
import { readThresholds } from './eval';
import { CONFIG, trainWeights } from './model-train';

export const WEIGHTS_FILE = join(import.meta.dirname ?? '.', '..', 'lib', 'analysis', 'model', 'weights.json');

export function trainingLines(): CorpusLine[] {
  return loadAll().filter((l) => !TEST_AUTHORS.includes(l.author));
}

/** The weights file's exact text for the committed corpora and configuration. */
export function weightsText(): string {
  return JSON.stringify(trainWeights(trainingLines(), loadCategorySentences(), readThresholds(), CONFIG)) + '\n';
}

if (process.argv[1] && /train\.ts$/.test(process.argv[1])) {
  const t0 = performance.now();
  const text = weightsText();
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`wrote ${WEIGHTS_FILE}: ${text.length} bytes, ${gzipSync(text).length} gzip, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
