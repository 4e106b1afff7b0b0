// Mail text is hostile input: markup in it stays text, bidi controls stay contained, big mail stays fast.
import { readFileSync } from 'node:fs';
import { launch, sidebar, type Harness } from './harness';

const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH';
const HOSTILE_QUESTION = 'リモートワークは<img src=x onerror=alert(1)><script>alert(2)</script>\u202E可能でしょうか。';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function hostilePage(): string {
  const html = readFileSync('tests/fixtures/gmail-thread-ja-2026-11-24.html', 'utf8');
  const filler = `<div>${escape('ご検討のほどよろしくお願いいたします。'.repeat(1))}</div>`.repeat(15_000); // ~300 KB of mail text
  return html.replace('リモートワークは週に何日可能でしょうか。', escape(HOSTILE_QUESTION) + filler);
}

describe('hostile mail', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('en');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('renders markup and bidi controls from mail as inert text, with no dialog, and stays responsive', async () => {
    const html = hostilePage();
    expect(html.length).toBeGreaterThan(300_000);
    const page = await h.openHtml(URL, html);
    const item = sidebar(page).getByTestId('item-text').filter({ hasText: 'onerror=alert(1)' }).first();
    await item.waitFor({ timeout: 15_000 });
    expect(await item.innerText()).toContain('<script>alert(2)</script>');
    // Bidi overrides are isolated in <bdi dir=auto>; no element was created from the mail's markup.
    expect(await item.locator('bdi[dir="auto"]').count()).toBe(1);
    expect(await item.locator('img, script').count()).toBe(0);
    const started = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(h.dialogs).toEqual([]);
    expect(h.blocked).toEqual([]);
  });
});
