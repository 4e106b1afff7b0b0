// @vitest-environment happy-dom
// Pages the adapters must survive: empty, unknown views, huge and hostile mail. Nothing throws,
// nothing from mail text becomes markup, and selector misses report only a censored outline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSiteAdapter, type SiteDiagnostic } from '../../lib/sites';
import { FIXTURES } from './fixtures';
import { fixtureHtml, loadPage, type LoadedPage } from './load';

let page: LoadedPage | null = null;
afterEach(() => {
  page?.close();
  page = null;
});

const GMAIL_THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH';
const OUTLOOK_THREAD_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAGh7Hc2VfU5Cq0jXk4mU3aY%3D';

function open(html: string, url: string, onDiagnostic?: (d: SiteDiagnostic) => void) {
  page = loadPage(html, url);
  return createSiteAdapter(page.location, page.document, { onDiagnostic, diagnosticDelayMs: 0 })!;
}

describe('factory', () => {
  it('returns null for hosts it does not know', () => {
    page = loadPage('<html><body></body></html>', 'https://example.com/mail/');
    expect(createSiteAdapter(page.location, page.document)).toBeNull();
  });
  it.each([
    ['https://mail.google.com/mail/u/3/#search/interview', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/inbox', 'outlook'],
  ])('%s → %s', (url, site) => {
    expect(open('<html><body></body></html>', url).site).toBe(site);
  });
});

describe('empty and unknown pages', () => {
  it.each([
    [GMAIL_THREAD_URL, 'unsupported'],
    ['https://mail.google.com/mail/u/0/#inbox', 'list'],
    ['https://mail.google.com/mail/u/0/#settings/general', 'unsupported'],
    [OUTLOOK_THREAD_URL, 'unsupported'],
    ['https://outlook.office.com/mail/inbox', 'list'],
    ['https://outlook.office.com/calendar/view/week', 'unsupported'],
  ])('%s on an empty page → %s, no exception', (url, kind) => {
    const adapter = open('<!DOCTYPE html><html><head></head><body></body></html>', url);
    expect(adapter.readView().kind).toBe(kind);
    expect(adapter.currentUser()).toBeNull();
    expect(adapter.hasOpenCompose()).toBe(false);
    const ac = new AbortController();
    expect(() => adapter.observe(() => {}, ac.signal)).not.toThrow();
    ac.abort();
  });

  it('an unrecognised thread page reports a censored outline once', () => {
    const sink = vi.fn();
    const html = `<html><head><title>x</title></head><body><div class="AO"><div role="main"><div class="redesign-2027" title="secret@example.com">リモートワークは週に何日可能でしょうか。<a href="https://evil.example/?q=hanako@example.jp">link</a></div></div></div></body></html>`;
    const adapter = open(html, GMAIL_THREAD_URL, sink);
    expect(adapter.readView()).toEqual({ kind: 'unsupported', reason: expect.any(String), viewName: 'gmail.thread' });
    adapter.readView();
    expect(sink).toHaveBeenCalledTimes(1);
    const d = sink.mock.calls[0]![0] as SiteDiagnostic;
    expect(d.site).toBe('gmail');
    expect(d.selector).toBe('gmail.thread');
    expect(d.outline).toContain('div[role="main"]');
    expect(d.outline).not.toMatch(/リモート|@|evil|secret|redesign-2027/);
  });

  it('a throwing diagnostics sink does not break reading', () => {
    const adapter = open('<html><body><div role="main"></div></body></html>', OUTLOOK_THREAD_URL, () => {
      throw new Error('storage full');
    });
    expect(adapter.readView().kind).toBe('unsupported');
  });

  it('a DOM that throws on query yields unsupported, never an exception', () => {
    const adapter = open(fixtureHtml(FIXTURES[0]!.file), GMAIL_THREAD_URL);
    const spy = vi.spyOn(page!.document, 'querySelector').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(adapter.readView().kind).toBe('unsupported');
    expect(adapter.currentUser()).toBeNull();
    expect(adapter.hasOpenCompose()).toBe(false);
    spy.mockRestore();
  });
});

function gmailWithBody(bodyHtml: string) {
  return fixtureHtml('gmail-thread-ja-2026-11-24.html').replace(
    /(<div id="[^"]*" class="a3s aiL ">)/,
    `$1${bodyHtml}`,
  );
}

describe('diagnostics wait for the page to settle', () => {
  it('a miss that resolves itself (thread still rendering) is not reported', async () => {
    const sink = vi.fn();
    page = loadPage('<html><body><div class="AO"><div role="main"></div></div></body></html>', GMAIL_THREAD_URL);
    const adapter = createSiteAdapter(page.location, page.document, { onDiagnostic: sink, diagnosticDelayMs: 30 })!;
    expect(adapter.readView().kind).toBe('unsupported');
    // Gmail finishes rendering the thread.
    page.document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(fixtureHtml(FIXTURES[0]!.file))![1]!;
    await new Promise((r) => setTimeout(r, 80));
    expect(sink).not.toHaveBeenCalled();
    expect(adapter.readView().kind).toBe('thread');
  });
  it('a miss that persists is reported once, after the delay', async () => {
    const sink = vi.fn();
    page = loadPage('<html><body><div class="AO"><div role="main"><div class="new-ui"></div></div></div></body></html>', GMAIL_THREAD_URL);
    const adapter = createSiteAdapter(page.location, page.document, { onDiagnostic: sink, diagnosticDelayMs: 30 })!;
    adapter.readView();
    adapter.readView();
    expect(sink).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 80));
    expect(sink).toHaveBeenCalledTimes(1);
  });
});

describe('hostile and huge mail', () => {
  it('a 300 KB message is read fully and quickly', () => {
    const para = '<div>リモートワークは週に何日可能でしょうか。残業が多いのではないかと不安です。 Lorem ipsum dolor sit amet.</div>';
    const big = para.repeat(Math.ceil(300_000 / para.length));
    const adapter = open(gmailWithBody(big), GMAIL_THREAD_URL);
    const t0 = performance.now();
    const view = adapter.readView();
    const ms = performance.now() - t0;
    expect(view.kind).toBe('thread');
    if (view.kind !== 'thread') return;
    const m = view.thread.messages[1]!;
    expect(m.text.length).toBeGreaterThan(100_000);
    const at = m.text.lastIndexOf('残業が多いのではないかと不安です。');
    expect(m.bodyRange(at, at + 17)?.toString()).toBe('残業が多いのではないかと不安です。');
    expect(ms).toBeLessThan(3000);
  });

  it('script, img onerror and bidi controls stay inert text', () => {
    const alert = vi.fn();
    const hostile =
      '<div>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</div>' +
      '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">' +
      '<div>\u202eevil\u202c \u2066isolate\u2069 リモートワークは週に何日可能でしょうか。</div>' +
      '<div style="display:none">hidden preheader</div>';
    const adapter = open(gmailWithBody(hostile), GMAIL_THREAD_URL);
    (page!.window as unknown as { alert: unknown }).alert = alert;
    const countBefore = page!.document.querySelectorAll('*').length;
    const view = adapter.readView();
    expect(view.kind).toBe('thread');
    if (view.kind !== 'thread') return;
    const m = view.thread.messages[1]!;
    expect(m.text).toContain('<script>alert(1)</script> <img src=x onerror=alert(2)>');
    expect(m.text).toContain('\u202eevil\u202c \u2066isolate\u2069');
    expect(m.text).not.toContain('window.__pwned');
    expect(m.text).not.toContain('hidden preheader');
    // Reading created no elements and ran nothing.
    expect(page!.document.querySelectorAll('*').length).toBe(countBefore);
    expect((page!.window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
    const at = m.text.indexOf('\u202eevil');
    expect(m.bodyRange(at, at + 5)?.toString()).toBe('\u202eevil');
  });

  it('deeply nested markup does not overflow the stack', () => {
    const depth = 20_000;
    const nested = '<div>'.repeat(depth) + 'deep text' + '</div>'.repeat(depth);
    const adapter = open(gmailWithBody(nested), GMAIL_THREAD_URL);
    const view = adapter.readView();
    expect(['thread', 'unsupported']).toContain(view.kind);
    if (view.kind === 'thread') expect(view.thread.messages[1]!.text).toContain('deep text');
  });

  it('Outlook: a message with no sender address still reads, with a diagnostic', () => {
    const sink = vi.fn();
    const html = fixtureHtml('outlook-live-thread-ja-2026-11-24.html').replace(/hanako\.yamada@example\.jp/g, 'hidden');
    const adapter = open(html, 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7', sink);
    const view = adapter.readView();
    expect(view.kind).toBe('thread');
    expect(sink).toHaveBeenCalledWith(expect.objectContaining({ site: 'outlook', selector: 'outlook.message.sender' }));
  });
});

describe('page-layout report never carries mail text', () => {
  // A string that appears nowhere else: planted as text and as every attribute value a mail can set.
  const MARK = 'zqxMarker7731';
  const planted =
    `<p>${MARK} in the words of the mail</p><div class="${MARK}" id="${MARK}" title="${MARK}" role="${MARK}" data-testid="${MARK}" ` +
    `aria-label="${MARK}" data-app-section="${MARK}" dir="${MARK}" tabindex="${MARK}" lang="${MARK}" style="color:${MARK}">${MARK}</div>` +
    `<a href="https://${MARK}.example/" name="${MARK}">link</a><img alt="${MARK}" src="https://${MARK}.example/i.png"><span data-${MARK}="1">x</span>`;
  const BODY = 'div.a3s, div[id^="UniqueMessageBody"], div[role="document"]';

  it.each(FIXTURES.map((fx) => [fx.file, fx] as const))('%s, read and as an unknown view', (_file, fx) => {
    for (const url of [fx.url, fx.site === 'gmail' ? 'https://mail.google.com/mail/u/0/#settings/general' : 'https://outlook.office.com/mail/options/general']) {
      const adapter = open(fixtureHtml(fx.file), url);
      const bodies = Array.from(page!.document.querySelectorAll(BODY));
      for (const b of bodies.length ? bodies : [page!.document.body]) b.insertAdjacentHTML('beforeend', planted);
      const report = adapter.layoutReport();
      expect(report.outline.length).toBeGreaterThan(100);
      expect(JSON.stringify(report).toLowerCase()).not.toContain(MARK.toLowerCase());
      page!.close();
      page = null;
    }
  });
});

