// Public entry of the analyzer. Pure TypeScript: no DOM, no browser APIs.
export * from './types';
export { analyzeMessage, analyzeDetailed, detectLanguage, type AnalyzeOptions } from './analyze';
export { ownOrganisation } from './context';
export {
  compileCorrections,
  mergeCorrections,
  correctionSchema,
  correctionsSchema,
  EMPTY_CORRECTIONS,
  SIMILAR,
  CORRECTION_FIELDS,
  type Correction,
  type Corrections,
  type CorrectionField,
  type CorrectionIndex,
} from './corrections';
export { bundledModel, modelFromWeights, type ModelState } from './model/bundled';
export { segmentBody, type Segmentation } from './segmenter';
export { splitBody, ownRegions, type Region, type RegionKind } from './split';
export { segmentSentences, type Sentence } from './segment';
export { normalizeForMatch } from './normalize';
