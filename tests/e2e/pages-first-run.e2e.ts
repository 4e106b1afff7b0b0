// The dashboard and options pages as a new user meets them: the welcome on install, links from a
// missing setting to its field, from a row back to the thread, search, and both colour schemes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, sidebar, type Harness } from './harness';

const GMAIL = { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH', file: 'gmail-reply-open-ja-2026-11-24.html' };

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return (await page.evaluate(`(async () => {
    const r = await axe.run(document);
    return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(' | '));
  })()`)) as string[];
}

/** The body's computed background as relative luminance (0 black … 1 white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const c = document.createElement('canvas').getContext('2d')!;
    c.fillStyle = getComputedStyle(document.body).backgroundColor;
    c.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...c.getImageData(0, 0, 1, 1).data].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });

const pageUrl = (h: Harness, path: string) => `chrome-extension://${h.extensionId}${path}`;

describe('dashboard and options (en)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('en');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the welcome in Options on install, its first field focused', async () => {
    const welcome = h.context.pages().find((p) => p.url().endsWith('/options.html#welcome')) ?? (await h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html#welcome') }));
    await welcome.getByRole('heading', { name: 'Welcome to Afterfollow' }).waitFor();
    await expect.poll(() => welcome.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('recruiterName');
    for (const label of ['Your name (for templates)', 'Company name', 'Signature', 'Decline survey URL', 'Time zone (IANA, e.g. Asia/Tokyo)', 'Working hours from']) {
      expect(await welcome.getByRole('form', { name: 'Welcome to Afterfollow' }).getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    await welcome.close();
  });

  it('says in the dashboard which setting is missing and links to its field', async () => {
    const dash = await h.context.newPage();
    await dash.goto(pageUrl(h, '/dashboard.html'));
    const notice = dash.locator('[data-setup-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Your name \(for templates\).*Company name.*Decline survey URL/s);
    expect(await dash.getByRole('link', { name: 'Options', exact: true }).getAttribute('href')).toBe('/options.html');
    const [options] = await Promise.all([h.context.waitForEvent('page'), dash.getByRole('link', { name: 'Set “Decline survey URL” in Options' }).click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(pageUrl(h, '/options.html#settings-surveyUrl'));
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('settings-surveyUrl');
    await options.close();
    await dash.close();
  });

  it('opens a row’s thread in the mail and searches by name', async () => {
    const mail = await h.open(GMAIL.url, GMAIL.file);
    await sidebar(mail).getByTestId('candidate-name').waitFor();
    const name = (await sidebar(mail).getByTestId('candidate-name').innerText()).trim();
    await mail.close();
    const dash = await h.context.newPage();
    await dash.goto(pageUrl(h, '/dashboard.html'));
    const link = dash.locator('tr[data-candidate-id]').first().getByRole('link', { name: /^Open thread with/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(GMAIL.url);
    const [thread] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
    await thread.waitForLoadState();
    expect(thread.url()).toBe(GMAIL.url);
    await sidebar(thread).waitFor();
    await thread.close();
    // Every item row leads back to the thread too.
    const itemLinks = dash.locator('tr[data-item-id]').getByRole('link', { name: /^Open thread with/ });
    expect(await itemLinks.count()).toBe(await dash.locator('tr[data-item-id]').count());

    const search = dash.getByRole('searchbox', { name: 'Search by name or address' });
    await search.fill(name.split(/\s+/)[0]!);
    await expect.poll(() => dash.locator('tr[data-candidate-id]').count()).toBe(1);
    await search.fill('nobody-by-this-name');
    await dash.getByText('No candidate matches “nobody-by-this-name”.').waitFor();
    expect(await dash.locator('tr[data-item-id]').count()).toBe(0);
    await dash.close();
    expect(h.blocked).toEqual([]);
  });
});

for (const locale of ['en', 'ja'] as const) {
  describe(`colour schemes (${locale})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(locale);
    });
    afterAll(async () => {
      await h?.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`dashboard and options follow a ${scheme} OS setting and pass axe`, async () => {
        // A candidate, so the dashboard has rows, links and the row menu.
        const mail = await h.open(GMAIL.url, GMAIL.file);
        await sidebar(mail).getByTestId('candidate-name').waitFor();
        await mail.close();
        for (const path of ['/dashboard.html', '/options.html#welcome']) {
          const page = await h.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(pageUrl(h, path));
          await page.locator(path.startsWith('/dashboard') ? 'tr[data-item-id]' : '#welcome form').first().waitFor();
          const luminance = await backgroundLuminance(page);
          if (scheme === 'dark') expect(luminance, path).toBeLessThan(0.05);
          else expect(luminance, path).toBeGreaterThan(0.9);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
          expect(await axe(page), `${path} ${scheme} ${locale}`).toEqual([]);
          await page.close();
        }
      });
    }
  });
}
