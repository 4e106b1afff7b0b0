// @vitest-environment happy-dom
// Single-page navigation as the e2e test does it: one page, another thread swapped in (hash change
// on Gmail, pushState on Outlook, no event at all when only the DOM changes). The adapter must
// report it, read the new thread, and leave no observer behind after abort.
import { afterEach, describe, expect, it } from 'vitest';
import { createSiteAdapter } from '../../lib/sites';
import { activeObserverCount } from '../../lib/sites/observers';
import type { ViewChangeReason } from '../../lib/sites/types';
import { FIXTURES } from './fixtures';
import { fixtureHtml, loadFixture, type LoadedPage } from './load';

let page: LoadedPage | null = null;
afterEach(() => {
  page?.close();
  page = null;
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;
const byFile = (prefix: string) => FIXTURES.find((f) => f.file.startsWith(prefix))!;

describe.each([
  ['gmail-thread-ja', 'gmail-thread-multi-ja', 'hash'],
  ['gmail-thread-en', 'gmail-inbox', 'hash'],
  ['outlook-office-conversation-ja', 'outlook-office365-thread-en', 'pushState'],
  ['outlook-live-thread-ja', 'outlook-live-inbox-en', 'dom-only'],
] as const)('%s → %s (%s)', (fromFile, toFile, how) => {
  it('reports navigation and reads the new view', async () => {
    const from = byFile(fromFile);
    const to = byFile(toFile);
    page = loadFixture(from.file, from.url);
    const adapter = createSiteAdapter(page.location, page.document, { coalesceMs: 10 })!;
    const base = activeObserverCount();
    const reasons: ViewChangeReason[] = [];
    const ac = new AbortController();
    adapter.observe((r) => reasons.push(r), ac.signal);
    expect(adapter.readView()).toMatchObject({ kind: 'thread', thread: { id: from.threadId } });

    const target = new URL(to.url);
    page.document.body.innerHTML = bodyOf(fixtureHtml(to.file));
    if (how === 'hash') {
      page.window.location.hash = target.hash;
      page.window.dispatchEvent(new page.window.HashChangeEvent('hashchange'));
    } else if (how === 'pushState') {
      page.window.history.pushState({}, '', target.pathname);
    } else {
      page.window.history.replaceState({}, '', target.pathname);
    }
    await wait(60);
    expect(reasons).toContain('navigation');
    const view = adapter.readView();
    expect(view.kind).toBe(to.view);
    if (view.kind === 'thread') expect(view.thread.id).toBe(to.threadId);

    // Later changes in the new view are still seen (the observer followed the new roots).
    const seen = reasons.length;
    const list = page.document.querySelector('div[role="list"], [data-app-section="ConversationContainer"] .ZOM9m');
    if (list) {
      list.appendChild(list.lastElementChild!.cloneNode(true));
      await wait(60);
      expect(reasons.length).toBeGreaterThan(seen);
    }

    ac.abort();
    expect(activeObserverCount()).toBe(base);
  });
});
