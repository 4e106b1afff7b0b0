// @vitest-environment happy-dom
// The adapter contract, run against every adapter × fixture: what the sidebar relies on.
import { afterEach, describe, expect, it } from 'vitest';
import { createSiteAdapter } from '../../lib/sites';
import { activeObserverCount } from '../../lib/sites/observers';
import { threadSchema } from '../../lib/messages/thread-data';
import type { MailMessage, SiteAdapter, Thread } from '../../lib/sites/types';
import { classifyThread } from '../../lib/people/organisation';
import { readThread as readForLog } from '../../lib/thread-reading';
import { FIXTURES, type FixtureCase } from './fixtures';
import { loadFixture, type LoadedPage } from './load';

const localIso = (d: [number, number, number, number, number]) => new Date(d[0], d[1] - 1, d[2], d[3], d[4]).toISOString();

function segmentText(m: MailMessage, kind: 'own' | 'quote' | 'signature') {
  return m.segments.filter((s) => s.kind === kind).map((s) => m.text.slice(s.start, s.end)).join('\n');
}
const squash = (s: string) => s.replace(/\s+/g, ' ');

let page: LoadedPage | null = null;
afterEach(() => {
  page?.close();
  page = null;
});

function open(fx: FixtureCase): { adapter: SiteAdapter; page: LoadedPage } {
  page = loadFixture(fx.file, fx.url);
  const adapter = createSiteAdapter(page.location, page.document, { coalesceMs: 10, rememberedUser: fx.remembered ?? null });
  if (!adapter) throw new Error('no adapter');
  return { adapter, page };
}

function readThread(adapter: SiteAdapter): Thread {
  const view = adapter.readView();
  if (view.kind !== 'thread') throw new Error(`expected a thread, got ${JSON.stringify(view)}`);
  return view.thread;
}

describe.each(FIXTURES)('$site adapter × $file', (fx) => {
  it('picks the right adapter and view', () => {
    const { adapter } = open(fx);
    expect(adapter.site).toBe(fx.site);
    expect(adapter.readView().kind).toBe(fx.view);
    if (fx.viewName) expect(adapter.readView().viewName).toBe(fx.viewName);
  });

  it('reports the view it saw with a censored page-layout outline (no mail text, no addresses)', () => {
    const { adapter } = open(fx);
    const report = adapter.layoutReport();
    expect(report.site).toBe(fx.site);
    expect(report.viewName).toBe(adapter.readView().viewName);
    expect(report.outline.length).toBeGreaterThan(100);
    expect(report.outline).not.toMatch(/@/);
    expect(report.page).not.toMatch(/@|AAQk|AAkA|AQQk|FMfcg/);
    for (const m of fx.messages ?? []) for (const s of [...(m.own ?? []), ...(m.quote ?? [])]) expect(report.outline).not.toContain(s.slice(0, 12));
    if (fx.subject) expect(report.outline).not.toContain(fx.subject);
  });

  it('reads the current user', () => {
    const { adapter } = open(fx);
    expect(adapter.currentUser()?.email).toBe(fx.me?.email);
    if (fx.me?.name) expect(adapter.currentUser()?.name).toBe(fx.me.name);
  });

  it('finds the compose exactly when one is open', () => {
    const { adapter } = open(fx);
    expect(adapter.hasOpenCompose()).toBe(fx.compose);
  });

  it('says whom the open compose is addressed to, from its recipient fields only', () => {
    const { adapter } = open(fx);
    const state = adapter.composeState();
    expect(state.open).toBe(fx.compose);
    expect(state.focusedAt).toBe(0);
    if (fx.composeTo) expect(state.recipients).toEqual(fx.composeTo);
    if (!fx.compose) expect(state.recipients).toEqual([]);
  });

  if (fx.view === 'compose') {
    it('reads a compose window as whom it answers and its subject field, nothing of its text', () => {
      const { adapter } = open(fx);
      const view = adapter.readView();
      if (view.kind !== 'compose') throw new Error(`expected a compose window, got ${view.kind}`);
      expect(view.recipients.map((p) => p.email)).toEqual(fx.composeTo);
      expect(view.subject).toBe(fx.composeSubject);
      expect(JSON.stringify(view)).not.toMatch(/見送らせて|English or Japanese/);
    });
  }

  if (fx.view !== 'thread') return;

  it("marks exactly the signed-in user's own messages as sent by them (what counts as a reply sent)", () => {
    const { adapter } = open(fx);
    const reading = readForLog(fx.site, readThread(adapter), adapter.currentUser(), new Map(), fx.url);
    const mine = fx.messages!.map((m) => !!fx.me && m.sender.email.toLowerCase() === fx.me.email.toLowerCase());
    expect(reading.request.messages.map((m) => m.fromUser)).toEqual(mine);
  });

  it('reads only what the reader sees: no hidden pane, folded message or hidden text reaches message text', () => {
    const { adapter } = open(fx);
    const thread = readThread(adapter);
    const all = thread.messages.map((m) => m.text).join('\n');
    for (const s of fx.neverRead ?? []) expect(all).not.toContain(s);
    if (fx.olderHidden !== undefined) expect(thread.olderHidden).toBe(fx.olderHidden);
    if (fx.idKind) expect(thread.idKind).toBe(fx.idKind);
  });

  it('tells internal mail and a colleague forwarding a candidate from external mail', () => {
    const { adapter } = open(fx);
    const thread = readThread(adapter);
    const newest = [...thread.messages].reverse().find((m) => m.expanded);
    if (fx.forwardFrom) {
      expect(newest?.forward?.from).toEqual(fx.forwardFrom);
      expect(newest!.text.slice(newest!.forward!.start)).toMatch(/^-+ ?(?:Forwarded message|転送)/);
    }
    else expect(thread.messages.every((m) => !m.forward)).toBe(true);
    if (fx.origin) expect(classifyThread(thread, adapter.currentUser()).kind).toBe(fx.origin);
  });

  it('reads thread id, subject and participants', () => {
    const { adapter } = open(fx);
    const thread = readThread(adapter);
    expect(thread.id).toBe(fx.threadId);
    expect(thread.subject).toBe(fx.subject);
    const { messages: _m, ...data } = thread;
    expect(() => threadSchema.parse({ ...data, messages: [] })).not.toThrow();
    for (const m of fx.messages ?? []) expect(thread.participants.map((p) => p.email)).toContain(m.sender.email);
  });

  it('reads every message in order: sender, date, expanded state', () => {
    const { adapter } = open(fx);
    const thread = readThread(adapter);
    expect(thread.messages.map((m) => m.sender)).toEqual(fx.messages!.map((m) => m.sender));
    expect(thread.messages.map((m) => m.date)).toEqual(fx.messages!.map((m) => (m.date ? localIso(m.date) : null)));
    expect(thread.messages.map((m) => m.expanded)).toEqual(fx.messages!.map((m) => m.expanded));
    const ids = thread.messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Ids are stable: a second read (a re-render, a reload) gives the same ones.
    expect(readThread(adapter).messages.map((m) => m.id)).toEqual(ids);
  });

  it('collapsed messages have no text', () => {
    const { adapter } = open(fx);
    for (const m of readThread(adapter).messages.filter((x) => !x.expanded)) {
      expect(m.text).toBe('');
      expect(m.segments).toEqual([]);
      expect(m.bodyRange(0, 1)).toBeNull();
    }
  });

  it('splits own words from quotes and signatures', () => {
    const { adapter } = open(fx);
    const thread = readThread(adapter);
    fx.messages!.forEach((exp, i) => {
      const m = thread.messages[i]!;
      // Segments tile the text, in order.
      if (m.expanded) {
        expect(m.segments[0]?.start).toBe(0);
        expect(m.segments[m.segments.length - 1]?.end).toBe(m.text.length);
        m.segments.forEach((s, j) => j > 0 && expect(s.start).toBe(m.segments[j - 1]!.end));
      }
      const own = squash(segmentText(m, 'own'));
      for (const s of exp.own ?? []) expect(own).toContain(s);
      for (const s of exp.quote ?? []) {
        expect(squash(segmentText(m, 'quote'))).toContain(s);
        expect(own).not.toContain(s);
      }
      for (const s of exp.signature ?? []) {
        expect(squash(segmentText(m, 'signature'))).toContain(s);
        expect(own).not.toContain(s);
      }
      if (exp.quote) expect(own).not.toMatch(/辞退|decline/);
    });
  });

  it('maps text offsets back to DOM ranges', () => {
    const { adapter } = open(fx);
    for (const m of readThread(adapter).messages.filter((x) => x.expanded)) {
      for (const sentence of [...(fx.messages!.find((e) => e.sender.email === m.sender.email && e.own)?.own ?? [])]) {
        const start = m.text.indexOf(sentence);
        expect(start).toBeGreaterThanOrEqual(0);
        const range = m.bodyRange(start, start + sentence.length);
        expect(range?.toString()).toBe(sentence);
      }
      // A span across block boundaries maps too (line breaks are synthetic, so compare without whitespace).
      const range = m.bodyRange(0, m.text.length);
      const spanned = range?.toString().replace(/\s+/g, '') ?? '';
      // Hidden text inside the span is in the DOM range but not in the text: then the text is a subsequence.
      if (!fx.neverRead) expect(spanned).toBe(m.text.replace(/\s+/g, ''));
      else expect(isSubsequence(m.text.replace(/\s+/g, ''), spanned)).toBe(true);
      expect(m.bodyRange(-1, 3)).toBeNull();
      expect(m.bodyRange(5, 5)).toBeNull();
      expect(m.bodyRange(0, m.text.length + 1)).toBeNull();
    }
  });

  it('fires view-change events on hash and DOM changes, and stops after abort', async () => {
    const { adapter, page } = open(fx);
    const reasons: string[] = [];
    const ac = new AbortController();
    const before = activeObserverCount();
    adapter.observe((r) => reasons.push(r), ac.signal);
    expect(activeObserverCount()).toBe(before + 1);

    // Unrelated churn inside the observed area: no event.
    const noise = page.document.createElement('div');
    noise.className = 'T-ays';
    (page.document.querySelector('#MainModule, div.AO') ?? page.document.body).appendChild(noise);
    noise.textContent = 'tooltip';
    await wait(40);
    expect(reasons).toEqual([]);

    // A message expands (its body appears) → message-expanded.
    const collapsed = page.document.querySelector<HTMLElement>('div[role="listitem"][aria-expanded="false"], div.BS0OK[aria-expanded="false"]');
    if (collapsed && fx.messages!.some((m) => !m.expanded)) {
      collapsed.setAttribute('aria-expanded', 'true');
      const body = page.document.createElement('div');
      body.className = 'ii gt';
      body.id = 'UniqueMessageBody_99';
      body.innerHTML = '<div class="a3s aiL">x</div>';
      collapsed.appendChild(body);
      await wait(40);
      expect(reasons).toContain('message-expanded');
    }

    // Navigation to another thread in the same page.
    page.window.location.hash = '#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBzz';
    page.window.dispatchEvent(new page.window.HashChangeEvent('hashchange'));
    await wait(40);
    expect(reasons).toContain('navigation');

    ac.abort();
    expect(activeObserverCount()).toBe(before);
    const count = reasons.length;
    page.window.dispatchEvent(new page.window.HashChangeEvent('hashchange'));
    page.document.body.appendChild(page.document.createElement('div'));
    await wait(40);
    expect(reasons.length).toBe(count);
  });
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}
