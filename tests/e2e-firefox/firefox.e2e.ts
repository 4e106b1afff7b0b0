// The built Firefox MV3 extension in Debian's firefox-esr, on the same saved Gmail and Outlook pages as
// the Chromium e2e tests: the sidebar and its items, the decline highlight, Propose a call with undo, the
// dashboard and its CSV export, and no request of the extension's own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES } from '../sites/fixtures';
import { clickButton, EXTENSION_ORIGIN, launchFirefox, sidebarFrame, until, waitForText, type FirefoxHarness } from './harness';

const fixture = (file: string) => {
  const f = FIXTURES.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};
const GMAIL_JA = fixture('gmail-thread-ja-2026-11-24.html');
const GMAIL_REPLY_JA = fixture('gmail-reply-open-ja-2026-11-24.html');
const OUTLOOK_JA = fixture('outlook-office-conversation-ja-2026-11-24.html');

const QUESTION = 'リモートワークは週に何日可能でしょうか。';
const WORRY = '残業が多いのではないかと不安です。';
// The message editor, not Outlook's recipient well (also an editable textbox, with a listbox popup).
const COMPOSE = 'div[contenteditable="true"][role="textbox"]:not([aria-haspopup])';

const composeText = (page: Page) => page.$eval(COMPOSE, (el) => (el as HTMLElement).innerText);

describe('Afterfollow in Firefox', () => {
  let h: FirefoxHarness;

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    // Nothing may leave the browser: no page request but the routed mail pages, no other connection at all.
    expect(h.blocked).toEqual([]);
    expect(h.proxied).toEqual([]);
  });

  // First: the same candidate also writes on Outlook, which is other mail and other items.
  it('lists each item once on the dashboard after the thread is opened twice, and exports it as CSV (BOM, UTF-8)', async () => {
    // Opened twice: the log keeps each item once.
    const first = await h.open(GMAIL_JA.url, GMAIL_JA.file);
    await waitForText(await sidebarFrame(first), '[data-testid="item-text"]', QUESTION);
    await first.close();
    const page = await h.open(GMAIL_JA.url, GMAIL_JA.file);
    const bar = await sidebarFrame(page);
    await waitForText(bar, '[data-testid="item-text"]', QUESTION);
    // The way a recruiter gets there (WebDriver may not navigate a tab to a moz-extension:// page itself,
    // and reports such a tab's address as about:blank: it is found as the new tab).
    const before = new Set(await h.browser.pages());
    await clickButton(bar, 'Open dashboard');
    const [dash] = await until(async () => (await h.browser.pages()).filter((p) => !before.has(p)), (p) => p.length === 1, 'the dashboard tab');
    await dash!.waitForFunction((url) => location.href === url, { timeout: 10_000 }, `${EXTENSION_ORIGIN}/dashboard.html`);
    await page.close();
    const rows = () => dash!.$$eval('tr[data-item-id]', (trs, q) => trs.filter((tr) => tr.textContent?.includes(q)).map((tr) => (tr as HTMLElement).innerText), QUESTION);
    const found = await until(rows, (r) => r.length > 0, 'the item on the dashboard');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('山田 花子');
    await clickButton(dash!.mainFrame(), 'Export CSV');
    const file = await until(
      async () => readdirSync(h.downloads).find((n) => n.endsWith('.csv') && !n.endsWith('.part')),
      (n) => n !== undefined,
      'the CSV download',
      15_000,
    );
    const bytes = await until(async () => readFileSync(join(h.downloads, file!)), (b) => b.length > 3, 'the CSV content');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain(QUESTION);
    expect(csv).toContain('山田 花子');
    await dash!.close();
  });

  it('shows one Afterfollow landmark with the candidate and their own questions and worries', async () => {
    const page = await h.open(GMAIL_JA.url, GMAIL_JA.file);
    const bar = await sidebarFrame(page);
    await waitForText(bar, '[data-testid="item-text"]', QUESTION);
    await waitForText(bar, '[data-testid="item-text"]', WORRY);
    const landmarks = await bar.$$eval('aside[aria-label="Afterfollow"]', (els) => els.length);
    expect(landmarks).toBe(1);
    // The mail page itself carries no landmark of ours: the sidebar lives only in its frame.
    expect(await page.$$eval('aside[aria-label="Afterfollow"]', (els) => els.length)).toBe(0);
    await waitForText(bar, 'aside', '山田 花子');
    // The quoted recruiter mail speaks of 辞退 too: never listed.
    expect(await bar.evaluate(() => document.body.innerText.includes('万が一選考を辞退される場合も'))).toBe(false);
    await page.close();
  });

  it('highlights only the decline words, through CSS.highlights', async () => {
    const page = await h.open(GMAIL_JA.url, GMAIL_JA.file);
    await sidebarFrame(page);
    const texts = await until(
      () => page.evaluate(() => {
        const hl = CSS.highlights.get('afterfollow-decline');
        return hl ? [...hl].map((r) => (r as Range).toString()) : [];
      }),
      (t) => t.length > 0,
      'the decline highlight',
    );
    for (const t of texts) expect('また、他社からも内定をいただいており、少し考える時間をいただけますでしょうか。').toContain(t);
    await page.close();
  });

  for (const f of [GMAIL_REPLY_JA, OUTLOOK_JA]) {
    it(`"Propose a call" inserts the proposal into the open reply and one Ctrl+Z removes it (${new URL(f.url).hostname})`, async () => {
      const page = await h.open(f.url, f.file);
      const bar = await sidebarFrame(page);
      await waitForText(bar, '[data-testid="item-text"]', QUESTION);
      const before = await composeText(page);
      await clickButton(bar, 'Propose a call');
      await until(() => composeText(page), (t) => t.includes('電話'), 'the proposal in the compose');
      await page.focus(COMPOSE);
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await until(() => composeText(page), (t) => t === before, 'the compose as it was');
      await page.close();
    });
  }


});

// Last: the two nets themselves catch what they must, so that the empty lists above mean something.
describe('the Firefox harness', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records and aborts a request from a mail page, and a connection that no interception answers', async () => {
    const page = await h.open(GMAIL_JA.url, GMAIL_JA.file);
    await page.evaluate(() => fetch('https://example.com/collect').catch(() => null));
    await until(async () => [...h.blocked], (b) => b.includes('GET https://example.com/collect'), 'the blocked fetch');
    await page.close();
    // A tab without interception stands for the background, which WebDriver BiDi does not show.
    const bare = await h.browser.newPage();
    await bare.goto('https://example.org/').catch(() => null);
    await until(async () => [...h.proxied], (p) => p.some((line) => line.startsWith('CONNECT example.org:443')), 'the proxied connection');
    await bare.close();
  });
});
