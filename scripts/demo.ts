// `npm run demo`: the built extension in Chromium on the bundled sample Gmail pages, no mailbox needed.
// With a display it opens a real window (sidebar, dashboard and options in tabs) and waits.
// Without one it writes screenshots: the sidebar open and collapsed, the dashboard and the options
// page, in English and Japanese, light and dark, to demo-screenshots/ (or, with `-- --docs`, to
// docs/screenshots/, where the README's pictures come from).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, sidebar, sidebarFrame, type Harness } from '../tests/e2e/harness';
import { DEMO_PAGES } from '../tests/e2e/pages';

type Locale = 'en' | 'ja';
type Scheme = 'light' | 'dark';

const headful = !!process.env.DISPLAY && !process.argv.includes('--headless');
const docs = process.argv.includes('--docs');
const onlyLocale = process.env.DEMO_LOCALE === 'ja' || process.env.DEMO_LOCALE === 'en' ? (process.env.DEMO_LOCALE as Locale) : null;
const locales: Locale[] = onlyLocale ? [onlyLocale] : headful ? ['en'] : ['en', 'ja'];
const outDir = resolve(docs ? 'docs/screenshots' : 'demo-screenshots');
const COLLAPSE = { en: 'Collapse sidebar', ja: 'サイドバーを折りたたむ' };
const EXPAND = { en: 'Expand Afterfollow sidebar', ja: 'Afterfollow サイドバーを開く' };
// The Japanese sample thread: the candidate, their questions and a decline hint.
const thread = DEMO_PAGES.find((p) => p.name.startsWith('gmail-') && p.name.includes('-ja-')) ?? DEMO_PAGES[0]!;

async function shoot(page: Page, name: string) {
  // JPEG keeps the pictures in docs/ small enough to regenerate and commit freely.
  const file = resolve(outDir, `${name}.${docs ? 'jpg' : 'png'}`);
  await page.screenshot(docs ? { path: file, type: 'jpeg', quality: 80 } : { path: file });
  console.log(`screenshot: ${file}`);
}

async function openExtensionPage(h: Harness, path: string, scheme: Scheme) {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${h.extensionId}${path}`);
  return page;
}

async function sidebarShots(h: Harness, locale: Locale, scheme: Scheme) {
  const mail = await h.context.newPage();
  await mail.emulateMedia({ colorScheme: scheme });
  h.serve(new URL(thread.url).hostname, thread.fixture);
  await mail.goto(thread.url);
  // The saved page has Gmail's markup without its style sheets: its icons would paint as big black boxes.
  await mail.addStyleTag({ content: 'svg, img { max-width: 20px !important; max-height: 20px !important; }' });
  await sidebar(mail).getByTestId('candidate-name').waitFor({ timeout: 15_000 });
  await mail.waitForTimeout(600);
  await shoot(mail, `sidebar-open-${locale}-${scheme}`);
  const collapse = sidebarFrame(mail).getByRole('button', { name: COLLAPSE[locale] });
  if (await collapse.count()) {
    await collapse.first().click();
    await sidebarFrame(mail).getByRole('button', { name: EXPAND[locale] }).first().waitFor({ timeout: 5000 }).catch(() => {});
    await mail.waitForTimeout(400);
    await shoot(mail, `sidebar-collapsed-${locale}-${scheme}`);
    const expand = sidebarFrame(mail).getByRole('button', { name: EXPAND[locale] });
    if (await expand.count()) await expand.first().click();
  } else {
    console.warn(`no "${COLLAPSE[locale]}" button in the sidebar: skipped the collapsed picture`);
  }
  await mail.close();
}

async function pageShots(h: Harness, locale: Locale, scheme: Scheme) {
  const dash = await openExtensionPage(h, '/dashboard.html', scheme);
  await dash.locator('tr[data-item-id]').first().waitFor();
  await dash.waitForTimeout(300);
  await shoot(dash, `dashboard-${locale}-${scheme}`);
  await dash.getByRole('tab').nth(2).click();
  await dash.locator('[data-figure]').first().waitFor();
  await dash.waitForTimeout(300);
  await shoot(dash, `dashboard-results-${locale}-${scheme}`);
  await dash.close();
  const options = await openExtensionPage(h, '/options.html#welcome', scheme);
  await options.locator('#welcome form').waitFor();
  await options.waitForTimeout(300);
  await shoot(options, `options-welcome-${locale}-${scheme}`);
  await options.close();
}

for (const locale of locales) {
  const h = await launch(locale, { headless: !headful });
  if (headful) {
    // Install already opened the welcome in Options; add the sample thread and the dashboard.
    await h.open(thread.url, thread.fixture);
    await h.context.newPage().then((p) => p.goto(`chrome-extension://${h.extensionId}/dashboard.html`));
    console.log('Chromium is open with Afterfollow: a sample Gmail thread, the dashboard and the welcome in Options. Close the window to end the demo.');
    await new Promise((done) => h.context.on('close', done));
    continue;
  }
  mkdirSync(outDir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await sidebarShots(h, locale, scheme);
    await pageShots(h, locale, scheme);
  }
  await h.close();
}
if (!headful) console.log(`Screenshots are in ${outDir}. DEMO_LOCALE=ja or =en limits them to one language.`);
