// Public entry of the analyzer. Pure TypeScript: no DOM, no browser APIs.
export * from './types';
export { analyzeMessage, detectLanguage } from './analyze';
export { splitBody, ownRegions, type Region, type RegionKind } from './split';
export { segmentSentences, type Sentence } from './segment';
export { normalizeForMatch } from './normalize';
