// Stage one of analyzeMessage, shared by the shipped path, training and evaluation:
// normalise, segment (text rules + DOM hints), scan once, candidate evidence, rule pass.
import { candidateByContext, candidateEvidence, type CandidateEvidence } from './candidate';
import { detectLanguage } from './language';
import { HitList } from './matcher';
import { normalizeForMatch } from './normalize';
import { getMatcher } from './rules';
import type { Scan } from './scan';
import { segmentBody } from './segmenter';
import { sentenceRules, type SentenceRules } from './sentence-rules';
import type { Region } from './split';
import type { Language, MessageInput } from './types';

export interface Extracted {
  input: MessageInput;
  scan: Scan;
  regions: Region[];
  language: Language;
  /** What the context decided (null: the text decides). */
  byContext: boolean | null;
  evidence: CandidateEvidence;
  /** Own-text sentences with their rule cues (computed whatever the candidate verdict: the model may overrule). */
  sentences: SentenceRules[];
}

export function extract(input: MessageInput): Extracted {
  const body = typeof input.body === 'string' ? input.body : '';
  const norm = normalizeForMatch(body);
  const { regions, sentences } = segmentBody(body, norm, Array.isArray(input.segments) ? input.segments : []);
  const matcher = getMatcher();
  const hits = matcher.scanInto(norm, new HitList());
  const scan: Scan = { body, norm, matcher, hits };
  const language = detectLanguage(norm, regions);
  const byContext = candidateByContext(input);
  const evidence = candidateEvidence(input, scan, regions);
  return { input, scan, regions, language, byContext, evidence, sentences: sentenceRules(scan, sentences) };
}
