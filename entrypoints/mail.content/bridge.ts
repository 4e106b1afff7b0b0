// The content script's side of the bridge to the background. No schema library in the mail page:
// what arrives is checked by the small hand-written parsers below; the background parses what we send
// with zod (lib/messages/protocol.ts) and checks that it came from a content script on a mail host.
import type { TabMessage } from '../../lib/background/tab-messages';
import { MAX_MESSAGE_TEXT, MAX_THREAD_MESSAGES, MAX_THREAD_TEXT } from '../../lib/messages/limits';
import type { Person, SiteView, ThreadData } from '../../lib/sites/types';

export interface Highlight {
  messageId: string;
  start: number;
  end: number;
}

export interface PageViewAnswer {
  status: 'candidate' | 'not_candidate' | 'none';
  highlights: Highlight[];
}

/** Sends one envelope to the background; resolves to the answer's data, rejects with its error. */
export async function postToBackground(type: string, data: unknown): Promise<unknown> {
  const raw = (await browser.runtime.sendMessage({ channel: 'afterfollow', type, data })) as { ok?: unknown; data?: unknown; error?: { message?: unknown } } | undefined;
  if (!raw || typeof raw !== 'object') throw new Error(`${type}: the background did not answer`);
  if (raw.ok === true) return raw.data;
  throw new Error(`${type}: ${typeof raw.error?.message === 'string' ? raw.error.message : 'failed'}`);
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parsePageViewAnswer(raw: unknown): PageViewAnswer | null {
  const o = raw as { status?: unknown; highlights?: unknown } | null;
  if (!o || (o.status !== 'candidate' && o.status !== 'not_candidate' && o.status !== 'none') || !Array.isArray(o.highlights)) return null;
  const highlights: Highlight[] = [];
  for (const h of o.highlights.slice(0, 200) as Array<Partial<Highlight> | null>) {
    if (!h || typeof h.messageId !== 'string' || !isIndex(h.start) || !isIndex(h.end) || h.end < h.start) return null;
    highlights.push({ messageId: h.messageId, start: h.start, end: h.end });
  }
  return { status: o.status, highlights };
}

export function parseTabMessage(raw: unknown): TabMessage | null {
  const o = raw as { channel?: unknown; type?: unknown; text?: unknown } | null;
  if (!o || o.channel !== 'afterfollow-tab') return null;
  switch (o.type) {
    case 'reread':
    case 'toggle':
    case 'focus-mail':
    case 'stats':
    case 'layout-report':
    case 'compose-state':
      return { type: o.type };
    case 'insert':
      return typeof o.text === 'string' && o.text.length > 0 && o.text.length <= 20_000 ? { type: 'insert', text: o.text } : null;
    default:
      return null;
  }
}

type PlainView =
  | { kind: 'thread'; thread: ThreadData }
  | { kind: 'list' }
  | { kind: 'compose'; recipients: Person[]; subject: string; viewName?: string }
  | { kind: 'unsupported'; reason: string; viewName?: string };

/** View names are the adapter's own ("outlook.popout-read"); anything else is left out rather than sent. */
const VIEW_NAME = /^[a-z]+(?:\.[a-z0-9-]+)*$/;

/** The view as plain data within the background's limits: live DOM handles dropped, long text clipped at its end. */
export function plainView(view: SiteView): PlainView {
  if (view.kind === 'list') return { kind: 'list' };
  const name = view.viewName && view.viewName.length <= 80 && VIEW_NAME.test(view.viewName) ? view.viewName : undefined;
  if (view.kind === 'unsupported') {
    return name ? { kind: 'unsupported', reason: view.reason.slice(0, 300), viewName: name } : { kind: 'unsupported', reason: view.reason.slice(0, 300) };
  }
  if (view.kind === 'compose') {
    const recipients = view.recipients.slice(0, 100).map((p) => ({ name: p.name.slice(0, 500), email: p.email.slice(0, 500) }));
    return { kind: 'compose', recipients, subject: view.subject.slice(0, 2000), ...(name ? { viewName: name } : {}) };
  }
  let budget = MAX_THREAD_TEXT;
  // The newest messages matter most: they keep their whole text first.
  const newestFirst = view.thread.messages.slice(-MAX_THREAD_MESSAGES).reverse();
  const messages = newestFirst
    .map(({ bodyRange: _range, ...m }) => {
      const keep = Math.max(0, Math.min(m.text.length, MAX_MESSAGE_TEXT, budget));
      budget -= keep;
      if (keep === m.text.length) return m;
      const segments = m.segments.filter((s) => s.start < keep).map((s) => ({ ...s, end: Math.min(s.end, keep) }));
      return { ...m, text: m.text.slice(0, keep), segments };
    })
    .reverse();
  const { id, subject, participants, idKind, olderHidden } = view.thread;
  // idKind tells the background a pop-out's item id from a conversation id (the pop-out join depends on it).
  return { kind: 'thread', thread: { id, subject, participants, messages, ...(idKind ? { idKind } : {}), ...(olderHidden !== undefined ? { olderHidden } : {}) } };
}
