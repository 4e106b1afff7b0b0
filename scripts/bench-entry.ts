// What scripts/bench-analysis.ts measures, built by Vite as the extension ships it.
export { analyzeMessage } from '../lib/analysis/analyze';
export { HitList } from '../lib/analysis/matcher';
export { getMatcher } from '../lib/analysis/rules';
