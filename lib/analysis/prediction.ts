// The CLI/eval line format of the issue: {id, candidate, decline, questions, anxieties}.
// Questions carry only {text,start,end} there; the category stays internal.
import { analyzeMessage, type AnalyzeOptions } from './analyze';
import type { CategorisedSpan, DeclineLevel, MessageInput, TextSpan } from './types';

export interface Prediction {
  id: unknown;
  candidate: boolean;
  decline: { level: DeclineLevel; phrases: TextSpan[] };
  questions: TextSpan[];
  anxieties: CategorisedSpan[];
}

export interface InputLine {
  id?: unknown;
  subject?: unknown;
  body?: unknown;
  from?: unknown;
}

/** Parses and validates one JSONL input line; throws an Error with a readable message. */
export function parseInputLine(line: string): { id: unknown; input: MessageInput } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new Error(`invalid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('expected a JSON object');
  const o = raw as InputLine;
  if (typeof o.body !== 'string') throw new Error('"body" must be a string');
  const from = typeof o.from === 'object' && o.from !== null ? (o.from as { name?: unknown; email?: unknown }) : {};
  return {
    id: o.id ?? null,
    input: {
      subject: typeof o.subject === 'string' ? o.subject : '',
      body: o.body,
      from: { name: typeof from.name === 'string' ? from.name : '', email: typeof from.email === 'string' ? from.email : '' },
    },
  };
}

export function predict(id: unknown, input: MessageInput, options: AnalyzeOptions = {}): Prediction {
  const a = analyzeMessage(input, options);
  const span = ({ text, start, end }: TextSpan): TextSpan => ({ text, start, end });
  return {
    id,
    candidate: a.candidate,
    decline: { level: a.decline.level, phrases: a.decline.phrases.map(span) },
    questions: a.questions.map(span),
    anxieties: a.anxieties.map(({ text, start, end, category }) => ({ text, start, end, category })),
  };
}
