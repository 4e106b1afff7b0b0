// analyzeMessage: extract (segment, scan once, rule pass) → decide (rules + learned part) →
// local corrections. Pure and synchronous; never throws (see diagnostics).
import { CANDIDATE_THRESHOLD } from './candidate';
import { extract, type Extracted } from './extract';
import type { DeclineLevel, MessageAnalysis, MessageInput, TextSpan } from './types';

export { detectLanguage } from './language';

export function analyzeMessage(input: MessageInput): MessageAnalysis {
  try {
    return decideRules(extract(input));
  } catch (e) {
    return failed(input, e);
  }
}

function failed(input: MessageInput, e: unknown): MessageAnalysis {
  return {
    candidate: input?.knownCandidate === true && input.fromCurrentUser !== true,
    language: 'en',
    decline: { level: 'none', phrases: [] },
    questions: [],
    anxieties: [],
    diagnostics: { engine: 'rules', candidateScore: null, candidateBy: 'context', correctionsApplied: 0, error: String((e as Error)?.message ?? e) },
  };
}

export function decideRules(x: Extracted): MessageAnalysis {
  const { body } = x.scan;
  const candidate = x.byContext ?? x.evidence.score >= CANDIDATE_THRESHOLD;
  const out: MessageAnalysis = {
    candidate,
    language: x.language,
    decline: { level: 'none', phrases: [] },
    questions: [],
    anxieties: [],
    diagnostics: { engine: 'rules', candidateScore: x.byContext === null ? x.evidence.score : null, candidateBy: x.byContext === null ? 'text' : 'context', correctionsApplied: 0 },
  };
  // Nothing to act on outside a candidate conversation (a sales "decline" is not one).
  if (!candidate) return out;
  const phrases: Array<TextSpan & { level: 'hard' | 'soft' }> = [];
  for (const s of x.sentences) {
    for (const p of s.phrases) phrases.push({ text: body.slice(p.start, p.end), start: p.start, end: p.end, level: p.level });
    if (s.question || s.anxiety) {
      const span = { text: body.slice(s.start, s.end), start: s.start, end: s.end };
      const category = s.topics?.category ?? 'other';
      if (s.question) out.questions.push({ ...span, category });
      if (s.anxiety) out.anxieties.push({ ...span, category });
    }
  }
  let level: DeclineLevel = 'none';
  if (phrases.some((p) => p.level === 'hard')) level = 'hard';
  else if (phrases.length > 0) level = 'soft';
  out.decline = { level, phrases: phrases.map(({ text, start, end }) => ({ text, start, end })) };
  return out;
}
