// Gmail is a single-page app: opening another thread swaps the main view and the hash, nothing reloads.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, sidebar, type Harness } from './harness';

const JA = { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH', file: 'gmail-thread-ja-2026-11-24.html' };
const mainOf = (file: string) => {
  const html = readFileSync(`tests/fixtures/${file}`, 'utf8');
  const start = html.indexOf('<div role="main"') >= 0 ? html.indexOf('<div role="main"') : html.search(/<div[^>]*role="main"/);
  return html.slice(start);
};

/** Swaps the main view for another saved page's, and the hash, the way Gmail navigates. */
async function navigate(page: Page, file: string, hash: string) {
  await page.evaluate(
    ({ html, hash }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const next = doc.querySelector('[role="main"]');
      const current = document.querySelector('[role="main"]');
      if (!next || !current) throw new Error('no main view');
      current.replaceWith(document.importNode(next, true));
      location.hash = hash;
    },
    { html: mainOf(file), hash },
  );
}

async function stats(h: Harness): Promise<{ observers: number; view: string; thread: string | null; frame: 'open' | 'rail' }> {
  const sw = h.context.serviceWorkers()[0]!;
  // Runs inside the extension's service worker, where `chrome` is the extension API.
  return sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://mail.google.com/*' });
    return api.tabs.sendMessage(tab!.id!, { channel: 'afterfollow-tab', type: 'stats' });
  });
}

const item = (page: Page, text: string) => sidebar(page).getByTestId('item-text').filter({ hasText: text }).first();

describe('navigation in one Gmail page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('en');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('updates the sidebar to the new thread without a reload and leaves no stale observers', async () => {
    const page = await h.open(JA.url, JA.file);
    await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const first = await stats(h);
    expect(first.observers).toBeGreaterThan(0);

    for (let round = 0; round < 3; round++) {
      // Another thread of the same account (same candidate, earlier conversation).
      await navigate(page, 'gmail-thread-multi-ja-2026-11-24.html', '#label/%E6%8E%A1%E7%94%A8/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBmM');
      await expect.poll(async () => (await stats(h)).thread).not.toBe(first.thread);
      await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
      // Back to the inbox list: the sidebar folds to a rail and lists nothing.
      await navigate(page, 'gmail-inbox-ja-2026-11-24.html', '#inbox');
      await expect.poll(async () => (await stats(h)).view).toBe('list');
      expect((await stats(h)).frame).toBe('rail');
      expect(await sidebar(page).getByTestId('item-text').count()).toBe(0);
      await navigate(page, 'gmail-thread-ja-2026-11-24.html', '#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH');
      await expect.poll(async () => (await stats(h)).thread).toBe(first.thread);
      await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
    }
    // Same page (no reload), and the observer count did not grow with each navigation.
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    expect((await stats(h)).observers).toBe(first.observers);
    expect(h.blocked).toEqual([]);
  });
});
