// The sidebar in its own frame: unreadable to the mail page, never squeezing the mail below a readable
// width, never over a compose window, live with the dashboard, and reachable from the keyboard.
import type { Page } from 'playwright-core';
import { FIXTURES } from '../sites/fixtures';
import { launch, sidebar, SIDEBAR_IFRAME, type Harness } from './harness';

const GMAIL_JA = FIXTURES.find((f) => f.file === 'gmail-thread-ja-2026-11-24.html')!;
const THREADS = FIXTURES.filter((f) => f.view === 'thread');
const ITEM = 'リモートワークは週に何日可能でしょうか。';
const WORRY = '残業が多いのではないかと不安です。';

/** The open (newest expanded) message body's box, and the same without our layout reservation. */
const MEASURE = `(() => {
  const bodies = [...document.querySelectorAll('div.a3s, [id^="UniqueMessageBody"]')].filter((el) => el.getBoundingClientRect().width > 0);
  const body = bodies[bodies.length - 1];
  if (!body) return null;
  const frame = document.querySelector('${SIDEBAR_IFRAME}').getBoundingClientRect();
  const withUs = body.getBoundingClientRect();
  const style = document.getElementById('afterfollow-layout');
  style?.remove();
  const without = body.getBoundingClientRect().width;
  if (style) document.head.append(style);
  return { width: withUs.width, right: withUs.right, without, frameLeft: frame.left, frameWidth: frame.width };
})()`;

type Measure = { width: number; right: number; without: number; frameLeft: number; frameWidth: number } | null;

const intersects = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openThread(h: Harness, f: { url: string; file: string }): Promise<Page> {
  const page = await h.open(f.url, f.file);
  await sidebar(page).waitFor({ timeout: 10_000 });
  return page;
}

describe('the sidebar frame', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('en');
  });
  afterAll(async () => {
    await h?.close();
  });

  it("cannot be read by the mail page's own scripts", async () => {
    const page = await openThread(h, GMAIL_JA);
    await sidebar(page).getByTestId('item-text').filter({ hasText: ITEM }).first().waitFor();
    await sidebar(page).getByRole('button', { name: 'Propose a call' }).waitFor();
    const seen = (await page.evaluate(`(() => {
      const frame = document.querySelector('${SIDEBAR_IFRAME}');
      let readable = false;
      try { readable = !!frame.contentWindow.document; } catch { readable = false; }
      const shadowHosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length;
      return { contentDocument: frame.contentDocument === null, readable, shadowHosts, text: document.documentElement.innerText.includes('Propose a call') };
    })()`)) as { contentDocument: boolean; readable: boolean; shadowHosts: number; text: boolean };
    expect(seen).toEqual({ contentDocument: true, readable: false, shadowHosts: 0, text: false });
    await page.close();
  });

  for (const width of [1400, 1280]) {
    it(`keeps the open message readable beside the sidebar on every fixture at ${width} px`, async () => {
      for (const f of THREADS) {
        const page = await h.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        h.serve(new URL(f.url).hostname, f.file);
        await page.goto(f.url);
        await sidebar(page).waitFor({ timeout: 10_000 });
        // Layout settles after the background answers and the frame is placed.
        await page.waitForTimeout(300);
        const m = (await page.evaluate(MEASURE)) as Measure;
        expect(m, f.file).not.toBeNull();
        expect(m!.width, `${f.file}: ${JSON.stringify(m)}`).toBeGreaterThanOrEqual(Math.min(400, 0.6 * m!.without));
        // The text column ends left of the sidebar: nothing of it is covered.
        expect(m!.right, `${f.file}: ${JSON.stringify(m)}`).toBeLessThanOrEqual(m!.frameLeft + 1);
        await page.close();
      }
    });
  }

  it("never covers Gmail's compose window or its pop-out dialog", async () => {
    const page = await openThread(h, GMAIL_JA);
    const frame = page.locator(SIDEBAR_IFRAME);
    for (const style of [
      'position:fixed;right:80px;bottom:0;width:540px;height:480px', // a compose window in the bottom-right dock
      'position:fixed;left:180px;top:80px;width:1040px;height:760px', // the pop-out reply dialog
    ]) {
      await page.evaluate(`(() => {
        document.querySelector('[data-test-compose]')?.remove();
        const d = document.createElement('div');
        d.setAttribute('role', 'dialog');
        d.setAttribute('data-test-compose', '');
        d.style.cssText = '${style};background:#fff';
        // Gmail's compose windows hold its message editor.
        const editor = document.createElement('div');
        editor.setAttribute('contenteditable', 'true');
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('aria-label', 'Message Body');
        d.append(editor);
        document.querySelector('div.dw').append(d);
      })()`);
      await expect
        .poll(async () => {
          const box = await frame.boundingBox();
          const visible = await frame.evaluate((el) => getComputedStyle(el).visibility !== 'hidden');
          const dialog = (await page.locator('[data-test-compose]').boundingBox())!;
          return !visible || !box || !intersects(box, dialog);
        }, { message: style })
        .toBe(true);
    }
    await page.close();
  });

  it('folds to a rail that still shows the decline hint, and Escape/Alt+Shift+F move focus between mail and sidebar', async () => {
    const page = await openThread(h, GMAIL_JA);
    await sidebar(page).getByRole('button', { name: 'Propose a call' }).waitFor();
    await sidebar(page).getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect.poll(async () => (await page.locator(SIDEBAR_IFRAME).boundingBox())?.width).toBe(44);
    await sidebar(page).getByRole('img', { name: 'Decline hint in this thread' }).waitFor();
    // The keyboard command reaches the tab the way the background forwards Alt+Shift+F.
    const toggle = () =>
      h.context.serviceWorkers()[0]!.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
        const tabs = await api.tabs.query({ url: 'https://mail.google.com/*' });
        const newest = tabs.sort((a, b) => b.id! - a.id!)[0]!;
        return api.tabs.sendMessage(newest.id!, { channel: 'afterfollow-tab', type: 'toggle' }, { frameId: 0 });
      });
    await toggle();
    await expect.poll(async () => (await page.locator(SIDEBAR_IFRAME).boundingBox())?.width).toBe(340);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-afterfollow'))).toBe('sidebar');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-afterfollow') ?? null)).toBeNull();
    await page.close();
  });

  it('shows an edit made in the dashboard at once, and a delete there updates the badge at once', async () => {
    const page = await openThread(h, GMAIL_JA);
    const status = sidebar(page).getByLabel(new RegExp(`^Status \\(.*${WORRY}`));
    await status.first().waitFor();
    expect(await status.first().inputValue()).toBe('open');

    const dash = await h.context.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dash.getByRole('tab', { name: 'Follow up first' }).click();
    // This thread's candidate (others with the same risk may rank alongside).
    await dash.getByRole('row', { name: /山田 花子/ }).getByRole('button', { name: 'Prep sheet' }).first().click();
    // Ticking moves the worry to the answered list (the checkbox goes away with it). The candidate may
    // have written the same worry in other threads too (earlier tests): tick every copy.
    const boxes = dash.getByRole('checkbox', { name: WORRY, exact: false });
    await boxes.first().waitFor();
    for (let n = await boxes.count(); n > 0; n = await boxes.count()) {
      await boxes.first().click();
      await expect.poll(() => boxes.count()).toBeLessThan(n);
    }
    await expect.poll(() => status.first().inputValue()).toBe('answered_at_interview');

    // An overdue follow-up for this candidate, then the candidate deleted from the dashboard.
    const badge = () => h.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));
    const bar = sidebar(page);
    await bar.getByRole('button', { name: /Add interview/ }).click();
    const d = new Date(Date.now() - 3 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await bar.getByLabel('Date and time').fill(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`);
    await bar.getByLabel('Interviewers (comma-separated)').fill('Tanaka');
    await bar.getByRole('form', { name: 'Add interview' }).getByRole('button', { name: 'Add interview' }).click();
    // Other fixtures' candidates (earlier tests) may be overdue too: this candidate's share must go at once.
    const count = async () => Number((await badge()) || '0');
    await expect.poll(count).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const before = await count();
    await dash.getByRole('tab', { name: 'Log' }).click();
    // The row menu deletes at once (with an undo offered for a while).
    await dash.locator('summary[aria-label="Actions for 山田 花子"]').click();
    await dash.getByRole('button', { name: 'Delete this candidate and all their data' }).click();
    await expect.poll(count, { timeout: 3000 }).toBeLessThan(before);
    await dash.close();
    await page.close();
    expect(h.blocked).toEqual([]);
  });
});
