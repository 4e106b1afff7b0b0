// Turns a thread read by a site adapter into what the background logs and what the sidebar shows.
// Pure: takes plain data (no DOM), so it runs in Node tests.
import { analyzeMessage } from './analysis';
import type { MessageAnalysis } from './analysis/types';
import type { SeenMessage, ThreadOpen } from './messages/protocol';
import type { BodySegment, MailMessageData, Person, ThreadData } from './sites/types';

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

/**
 * The adapter already marked DOM quotes and signatures; blank them (same length, newlines kept).
 * Kept for callers that need the own text alone; the analyzer itself takes the marks as hints.
 */
export function ownTextOnly(text: string, segments: BodySegment[]): string {
  if (segments.every((s) => s.kind === 'own')) return text;
  const chars = text.split('');
  for (const s of segments) {
    if (s.kind === 'own') continue;
    for (let i = s.start; i < Math.min(s.end, chars.length); i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}

const parseDate = (iso: string | null) => {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
};

type Analysed = { message: MailMessageData; analysis: MessageAnalysis | null; fromMe: boolean };

export function readThread(
  site: 'gmail' | 'outlook',
  thread: ThreadData,
  me: Person | null,
  cache: Map<string, MessageAnalysis> = new Map(),
  url = '',
): ThreadReading {
  const analyse = (m: MailMessageData, fromMe: boolean): MessageAnalysis | null => {
    if (!m.expanded || !m.text) return null;
    const key = `${m.id}|${fromMe}|${m.text.length}|${thread.subject}`;
    let a = cache.get(key);
    if (!a) {
      // The adapter's DOM marks go to the analyzer's one segmenter as hints (marked quotes and
      // signatures are never read; offsets stay offsets into `message.text`).
      a = analyzeMessage({ subject: thread.subject, body: m.text, segments: m.segments, from: m.sender, fromCurrentUser: fromMe });
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
    request: {
      site,
      threadId: thread.id,
      subject: thread.subject.slice(0, 2000),
      language,
      url: url.startsWith('https://') ? url.slice(0, 2000) : '',
      counterpart: counterpart ? { name: counterpart.name.slice(0, 500), email: counterpart.email.slice(0, 500) } : null,
      detected,
      messages: messages.slice(-500),
    },
    decline,
    highlights,
    language,
    counterpart,
  };
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
