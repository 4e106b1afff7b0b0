// @vitest-environment happy-dom
// Issue 14's layouts beyond what the contract suite reads: where insertion lands, whose Reply is clicked,
// which user is named where the page names nobody, and that a hidden pane never wins.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSiteAdapter, type Person } from '../../lib/sites';
import { FIXTURES } from './fixtures';
import { loadFixture, loadPage, type LoadedPage } from './load';

let page: LoadedPage | null = null;
afterEach(() => {
  page?.close();
  page = null;
});
const fx = (file: string) => FIXTURES.find((f) => f.file.startsWith(file))!;

function setup(file: string, extra: Parameters<typeof createSiteAdapter>[2] = {}) {
  const f = fx(file);
  page = loadFixture(f.file, f.url);
  const exec = vi.fn(() => true);
  const adapter = createSiteAdapter(page.location, page.document, { exec, copyToClipboard: vi.fn(async () => {}), replyTimeoutMs: 200, ...extra })!;
  return { adapter, exec, page, f };
}

describe('insertion targets', () => {
  it('Gmail: a reply popped out into the dock receives the text', async () => {
    const { adapter, exec, page } = setup('gmail-real-popout-compose');
    expect(await adapter.insertText('Would Thursday work for a call?')).toEqual({ kind: 'inserted' });
    expect(exec).toHaveBeenCalledTimes(1);
    const active = page.document.activeElement as HTMLElement;
    expect(active.closest('div.dw [role="dialog"]')).not.toBeNull();
  });

  it('Gmail: an inline reply in a long thread receives the text', async () => {
    const { adapter, page } = setup('gmail-real-long-thread');
    expect(await adapter.insertText('x')).toEqual({ kind: 'inserted' });
    expect((page.document.activeElement as HTMLElement).closest('.ip.adB')).not.toBeNull();
  });

  it('Outlook: the pop-out compose window receives the text, never the recipient well', async () => {
    const { adapter, page } = setup('outlook-real-compose-popout');
    expect(adapter.hasOpenCompose()).toBe(true);
    expect(await adapter.insertText('x')).toEqual({ kind: 'inserted' });
    const active = page.document.activeElement as HTMLElement;
    expect(active.closest('[id^="editorParent"]')).not.toBeNull();
  });

  it("Outlook: with no compose open, Reply of the shown conversation is clicked, never a cached pane's", async () => {
    const { adapter, page } = setup('outlook-real-cached-panes');
    const clicked: Element[] = [];
    page.document.addEventListener('click', (e) => clicked.push(e.target as Element), true);
    await adapter.insertText('x');
    expect(clicked.length).toBeGreaterThan(0);
    const pane = clicked[0]!.closest('[data-convid]');
    expect(pane?.getAttribute('data-convid')).toMatch(/^AAQkAGNhY2hlZC1vcGVu/);
  });
});

describe('who the user is', () => {
  const KEN: Person = { name: '佐藤 健', email: 'ken.sato@example.co.jp' };

  it('a pop-out read window names nobody: the remembered user (a value or a function) is used', () => {
    let remembered: Person | null = null;
    const { adapter } = setup('outlook-real-popout-read', { rememberedUser: () => remembered });
    expect(adapter.currentUser()).toBeNull();
    remembered = KEN;
    expect(adapter.currentUser()).toEqual(KEN);
  });

  it('the main window reports the user it shows, once per address, for the caller to remember', () => {
    const seen = vi.fn();
    const { adapter } = setup('outlook-real-thread-ja', { onUserSeen: seen, rememberedUser: { name: 'old', email: 'old@example.co.jp' } });
    expect(adapter.currentUser()?.email).toBe('ken.sato@example.co.jp');
    adapter.currentUser();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![0]).toMatchObject({ email: 'ken.sato@example.co.jp' });
  });

  it("a login hint in the URL is the page's account data", () => {
    page = loadPage('<html><body><div id="ReadingPaneContainerId"><div id="ItemReadingPaneContainer"></div></div></body></html>', 'https://outlook.office.com/mail/deeplink/read/AAkALg?login_hint=ken.sato%40example.co.jp');
    expect(createSiteAdapter(page.location, page.document)!.currentUser()?.email).toBe('ken.sato@example.co.jp');
  });
});

describe('hidden panes never win', () => {
  it('with every pane hidden, nothing is read and no other conversation is shown', () => {
    const f = fx('outlook-real-cached-panes');
    page = loadFixture(f.file, f.url);
    const open = page.document.querySelector('#ConversationReadingPaneContainer[data-convid^="AAQkAGNhY2hlZC1vcGVu"]')!.parentElement!;
    open.setAttribute('style', 'display:none');
    const view = createSiteAdapter(page.location, page.document, { diagnosticDelayMs: 0 })!.readView();
    expect(view.kind).toBe('unsupported');
  });

  it('the selected list row gives the id when the URL has none, and the shown pane is read', () => {
    const f = fx('outlook-real-cached-panes');
    page = loadFixture(f.file, 'https://outlook.office.com/mail/inbox');
    const view = createSiteAdapter(page.location, page.document)!.readView();
    expect(view.kind === 'thread' && view.thread.subject).toBe('Re: Your offer from Contoso');
    expect(view.kind === 'thread' && view.thread.id).toMatch(/^AAQkAGNhY2hlZC1vcGVu/);
  });

  it('Gmail: a thread kept hidden under a shown one is not read', () => {
    const f = fx('gmail-real-split');
    page = loadFixture(f.file, f.url);
    const doc = page.document;
    const shown = doc.querySelector('div.nH.if')!;
    const stale = shown.cloneNode(true) as Element;
    stale.setAttribute('style', 'display:none');
    stale.querySelector('h2.hP')!.textContent = 'Stale thread';
    stale.querySelector('h2.hP')!.setAttribute('data-legacy-thread-id', 'abcdefabcdef0001');
    shown.before(stale);
    const view = createSiteAdapter(page.location, page.document)!.readView();
    expect(view.kind === 'thread' && view.thread.subject).toBe('Re: Your offer from Northwind Labs');
    expect(view.kind === 'thread' && view.thread.messages.length).toBe(2);
  });
});

describe('switching to a cached Outlook conversation', () => {
  it('un-hiding a cached pane (no node added) is a navigation, and the newly shown pane is read', async () => {
    const f = fx('outlook-real-cached-panes');
    page = loadFixture(f.file, f.url.replace(/\/id\/.*/, ''));
    const adapter = createSiteAdapter(page.location, page.document, { coalesceMs: 10 })!;
    const reasons: string[] = [];
    const ac = new AbortController();
    adapter.observe((r) => reasons.push(r), ac.signal);
    const panes = Array.from(page.document.querySelectorAll<HTMLElement>('.oCachedPane'));
    const [cached, , open] = panes;
    open!.setAttribute('style', 'display:none');
    cached!.removeAttribute('style');
    await new Promise((r) => setTimeout(r, 40));
    expect(reasons).toContain('navigation');
    const view = adapter.readView();
    expect(view.kind === 'thread' && view.thread.subject).toBe('Re: Offer – Platform Engineer');
    expect(view.kind === 'thread' && view.thread.id).toMatch(/^AAQkAGNhY2hlZC1vbGQx/);
    ac.abort();
  });
});

describe("Outlook's projected pop-out (an about:blank window it renders from the main window)", () => {
  it('is Outlook only with an Outlook origin; filled with a reply, it reads as a compose window; with a mail, as a pop-out read window', async () => {
    const { siteForPage } = await import('../../lib/sites');
    expect(siteForPage({ protocol: 'about:', hostname: '' }, 'https://outlook.office.com')).toBe('outlook');
    expect(siteForPage({ protocol: 'about:', hostname: '' }, 'https://mail.google.com')).toBeNull();
    expect(siteForPage({ protocol: 'about:', hostname: '' }, 'null')).toBeNull();
    const reply = fx('outlook-real-reply-popout-ja');
    page = loadFixture(reply.file, 'about:blank');
    Object.defineProperty(page.window, 'origin', { value: 'https://outlook.office.com' });
    const compose = createSiteAdapter(page.location, page.document)!;
    expect(compose.readView()).toMatchObject({ kind: 'compose', viewName: 'outlook.compose-popout', recipients: [{ email: 'hanako.yamada@example.jp' }] });
    page.close();
    const read = fx('outlook-real-popout-read-ja');
    page = loadFixture(read.file, 'about:blank?windowId=3');
    Object.defineProperty(page.window, 'origin', { value: 'https://outlook.office.com' });
    const view = createSiteAdapter(page.location, page.document)!.readView();
    expect(view.kind === 'thread' && [view.viewName, view.thread.idKind, view.thread.messages.length]).toEqual(['outlook.popout-read', 'message', 1]);
  });
});
