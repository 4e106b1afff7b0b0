// analyzeMessage: extract (segment, scan once, rule pass) → decide (rules + learned part,
// then local corrections). Pure and synchronous; never throws: an internal error answers
// with an empty analysis, and missing or corrupt weights make the rules decide alone, both
// said in diagnostics.
import type { CorrectionIndex } from './corrections';
import { decide, type Decided } from './decide';
import { extract } from './extract';
import { bundledModel, type ModelState } from './model/bundled';
import type { AnalysisDiagnostics, MessageAnalysis, MessageInput } from './types';

export { detectLanguage } from './language';

export interface AnalyzeOptions {
  /** The learned part: omitted → the bundled weights; null → rules only; or modelFromWeights(raw). */
  model?: ModelState | null;
  /** This browser's corrections, compiled with compileCorrections(). */
  corrections?: CorrectionIndex | null;
  /** Keep per-sentence scores in analyzeDetailed's result (evaluation and tuning only). */
  scores?: boolean;
}

export function analyzeMessage(input: MessageInput, options: AnalyzeOptions = {}): MessageAnalysis {
  return analyzeDetailed(input, options).analysis;
}

/** analyzeMessage plus the per-sentence scores (evaluation and threshold tuning read these). */
export function analyzeDetailed(input: MessageInput, options: AnalyzeOptions = {}): Decided {
  const state = options.model === undefined ? bundledModel() : options.model;
  const diagnostics: AnalysisDiagnostics = {
    engine: state?.model ? 'rules+model' : 'rules',
    candidateScore: null,
    candidateBy: 'text',
    correctionsApplied: 0,
  };
  if (state?.model) diagnostics.modelVersion = state.model.version;
  else if (state) diagnostics.modelError = state.error;
  try {
    return decide(extract(input), state?.model ?? null, options.corrections ?? null, diagnostics, options.scores === true);
  } catch (e) {
    const safe = typeof input === 'object' && input !== null ? input : ({} as MessageInput);
    diagnostics.error = String((e as Error)?.message ?? e);
    diagnostics.candidateBy = 'context';
    return {
      analysis: {
        candidate: safe.knownCandidate === true && safe.fromCurrentUser !== true,
        language: 'en',
        decline: { level: 'none', phrases: [] },
        questions: [],
        anxieties: [],
        diagnostics,
      },
      candidateP: null,
      sentences: [],
    };
  }
}
