// Turns a thread read by a site adapter into what the background logs and what the sidebar shows.
// Pure: takes plain data (no DOM), so it runs in Node tests.
import { analyzeMessage, ownOrganisation, type CorrectionIndex } from './analysis';
import type { MessageAnalysis } from './analysis/types';
import { detectedItemSchema, seenMessageSchema, type SeenMessage, type ThreadOpen } from './messages/protocol';
import type { MailMessageData, Person, ThreadData } from './sites/types';
import { isMailThreadUrl } from './thread-url';
import { isEventTime } from './date-bounds';

export interface HighlightSpan {
  messageId: string;
  start: number;
  end: number;
}

export interface ThreadReading {
  request: ThreadOpen;
  /** The hint in the candidate's newest readable mail, if any. */
  decline: { level: 'soft' | 'hard'; phrases: string[]; messageId: string; messageAt: number | null } | null;
  highlights: HighlightSpan[];
  language: 'ja' | 'en';
  counterpart: Person | null;
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A mail date the log can store (lib/date-bounds); any other reads as "no date", never as an invalid request. */
const parseDate = (iso: string | null) => {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return isEventTime(ms) ? ms : null;
};

type Analysed = { message: MailMessageData; analysis: MessageAnalysis | null; fromMe: boolean };

/** What the log already knows, so that one message's wording never decides alone. */
export interface ReadingContext {
  /** Addresses (lower case) of candidates already in the log or marked by the user. */
  knownCandidates?: ReadonlySet<string>;
  /** The thread is already logged as a candidate's (or marked so by the user). */
  candidateThread?: boolean;
  /** This browser's corrections, compiled (lib/analysis/corrections). */
  corrections?: CorrectionIndex | null;
  /** Bumped when the corrections change, so cached analyses are redone. */
  correctionsVersion?: number;
}

export function readThread(
  site: 'gmail' | 'outlook',
  thread: ThreadData,
  me: Person | null,
  cache: Map<string, MessageAnalysis> = new Map(),
  url = '',
  context: ReadingContext = {},
): ThreadReading {
  const analyse = (m: MailMessageData, fromMe: boolean): MessageAnalysis | null => {
    if (!m.expanded || !m.text) return null;
    const knownCandidate = !!context.knownCandidates?.has(m.sender.email.trim().toLowerCase());
    // Mail from the user's own organisation (the signed-in address's domain) is a colleague's, never a candidate's hint.
    const fromOwnOrganisation = !!me?.email && ownOrganisation(m.sender.email, me.email);
    const candidateThread = !!context.candidateThread;
    const key = `${m.id}|${fromMe}|${knownCandidate}|${fromOwnOrganisation}|${candidateThread}|${context.correctionsVersion ?? 0}|${m.text.length}|${thread.subject}`;
    let a = cache.get(key);
    if (!a) {
      // The adapter's DOM marks go to the analyzer's one segmenter as hints (marked quotes and
      // signatures are never read; offsets stay offsets into `message.text`).
      a = analyzeMessage(
        { subject: thread.subject, body: m.text, segments: m.segments, from: m.sender, fromCurrentUser: fromMe, knownCandidate, fromOwnOrganisation, candidateThread },
        { corrections: context.corrections ?? null },
      );
      cache.set(key, a);
    }
    return a;
  };
  const isMe = (p: Person) => {
    if (!me) return false;
    if (me.email && p.email) return sameAddress(p.email, me.email);
    // Outlook shows senders of the user's own organisation by name only: fall back to the name.
    return !p.email && !!me.name.trim() && p.name.trim() === me.name.trim();
  };
  const analysed: Analysed[] = thread.messages.map((message) => {
    const fromMe = isMe(message.sender);
    return { message, fromMe, analysis: analyse(message, fromMe) };
  });
  const counterpart = findCounterpart(thread, analysed, me);
  const fromCandidate = (m: MailMessageData) => !!counterpart && sameAddress(m.sender.email, counterpart.email);

  const messages: SeenMessage[] = analysed.map(({ message, fromMe, analysis }) => {
    const own = fromCandidate(message) && analysis;
    return {
      id: message.id,
      at: parseDate(message.date),
      fromCandidate: fromCandidate(message),
      fromUser: fromMe,
      declineLevel: own ? analysis.decline.level : 'none',
      declinePhrases: own ? analysis.decline.phrases.map((p) => p.text).slice(0, 50) : [],
      items: own
        ? [
            ...analysis.questions.map((q) => ({ kind: 'question' as const, category: q.category, text: q.text, start: q.start, end: q.end })),
            ...analysis.anxieties
              // A sentence that is both a question and a worry is logged once, as the question.
              .filter((a) => !analysis.questions.some((q) => q.start === a.start && q.end === a.end))
              .map((a) => ({ kind: 'anxiety' as const, category: a.category, text: a.text, start: a.start, end: a.end })),
          ].slice(0, 500)
        : [],
    };
  });

  const newestOwn = [...analysed].reverse().find((a) => fromCandidate(a.message) && a.analysis);
  const language = newestOwn?.analysis?.language ?? analysed.find((a) => a.analysis)?.analysis?.language ?? guessLanguage(thread.subject);
  const hint = newestOwn?.analysis?.decline;
  const decline =
    newestOwn && hint && hint.level !== 'none'
      ? { level: hint.level, phrases: hint.phrases.map((p) => p.text), messageId: newestOwn.message.id, messageAt: parseDate(newestOwn.message.date) }
      : null;
  const highlights = decline && hint ? hint.phrases.map((p) => ({ messageId: newestOwn!.message.id, start: p.start, end: p.end })) : [];
  const detected = analysed.some((a) => fromCandidate(a.message) && a.analysis?.candidate);

  return {
    request: fitRequest({
      site,
      threadId: thread.id,
      subject: thread.subject.slice(0, 2000),
      language,
      // Anything else would make the whole request invalid: the thread is then logged without a link.
      url: isMailThreadUrl(url) ? url : '',
      counterpart: counterpart ? { name: counterpart.name.slice(0, 500), email: counterpart.email.slice(0, 500) } : null,
      detected,
      messages: messages.slice(-500),
    }),
    decline,
    highlights,
    language,
    counterpart,
  };
}

/** Limits of lib/messages/protocol, applied here so a reading always fits them. */
export const MAX_ITEM_TEXT = 5000;
export const MAX_PHRASE = 500;
/**
 * Item texts and decline phrases of one request, in UTF-16 units: a long thread stays well under the
 * background's request cap (lib/messages/server). Real threads use a few kB.
 */
export const REQUEST_TEXT_BUDGET = 1_500_000;

/** Cut to `max` units with an ellipsis, never splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}

/**
 * Makes a request the schema accepts without losing the good parts: texts are clipped, an item the
 * schema refuses is dropped alone, then a message it still refuses is dropped alone (never the whole
 * thread: its other items and its decline timer stay). Over the budget, older messages lose their
 * texts first; their dates and decline levels stay.
 */
export function fitRequest(request: ThreadOpen): ThreadOpen {
  const messages: SeenMessage[] = [];
  for (const m of request.messages.slice(-500)) {
    const items = m.items
      .map((i) => ({ ...i, text: clipText(i.text, MAX_ITEM_TEXT) }))
      .filter((i) => detectedItemSchema.safeParse(i).success)
      .slice(0, 500);
    const declinePhrases = m.declinePhrases.slice(0, 50).map((p) => clipText(p, MAX_PHRASE));
    const parsed = seenMessageSchema.safeParse({ ...m, items, declinePhrases });
    if (parsed.success) messages.push(parsed.data);
  }
  let budget = REQUEST_TEXT_BUDGET;
  for (let k = messages.length - 1; k >= 0; k--) {
    const m = messages[k]!;
    let size = 0;
    for (const i of m.items) size += i.text.length;
    for (const p of m.declinePhrases) size += p.length;
    if (size <= budget) budget -= size;
    else messages[k] = { ...m, items: [], declinePhrases: [] };
  }
  return { ...request, messages };
}

/** The other party: not the current user; when we don't know the user, the sender whose mail reads as a candidate's. */
function findCounterpart(thread: ThreadData, analysed: Analysed[], me: Person | null): Person | null {
  const senders = analysed.map((a) => a.message.sender).filter((p) => p.email);
  if (me?.email) {
    const other = senders.find((p) => !sameAddress(p.email, me.email)) ?? thread.participants.find((p) => p.email && !sameAddress(p.email, me.email));
    return other ?? null;
  }
  return analysed.find((a) => a.analysis?.candidate && a.message.sender.email)?.message.sender ?? senders[0] ?? null;
}

function guessLanguage(text: string): 'ja' | 'en' {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'ja' : 'en';
}
