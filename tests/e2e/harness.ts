// Loads the built extension into Debian's Chromium with playwright-core, serves saved mail pages at
// their real URLs through context.route, and aborts and records every other request.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/fixtures');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests. Install it with `sudo apt-get install -y chromium chromium-l10n fonts-ipafont-gothic`, ' +
        'or point CHROMIUM=/path/to/chromium at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Requests that tried to leave the browser (everything but the routed mail pages). */
  blocked: string[];
  /** Requests let through to a `passThrough` origin. */
  passed: string[];
  /** Dialogs (alert/confirm) any page opened: hostile mail must never open one. */
  dialogs: string[];
  /** Serve this fixture for the next navigation to that host. */
  serve(host: string, fixture: string): void;
  /** Serve this fixture at this address (origin and path, any query), before the host's own fixture: a second window on the same host. */
  serveUrl(url: string, fixture: string): void;
  open(url: string, fixture: string): Promise<Page>;
  /** Like open, with the page's HTML given directly (built in the test). */
  openHtml(url: string, html: string): Promise<Page>;
  close(): Promise<void>;
}

const MAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

export interface LaunchOptions {
  headless?: boolean;
  /** Another unpacked extension to load instead of the build (benchmarks: a do-nothing floor); null loads none. */
  extensionDir?: string | null;
  args?: string[];
  /** Origins whose requests go through (team sync's test server on 127.0.0.1); they are recorded in `passed`. */
  passThrough?: () => readonly string[];
}

export async function launch(locale: 'en' | 'ja', options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir === undefined ? EXTENSION_DIR : options.extensionDir;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`Build first: no manifest in ${extensionDir} (\`npm run build\` makes .output/chrome-mv3).`);
  // Service-worker requests are only visible to routing with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'afterfollow-e2e-'));
  const langEnv = locale === 'ja' ? { LANGUAGE: 'ja', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' } : { LANGUAGE: 'en', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: locale === 'ja' ? 'ja-JP' : 'en-US',
    env: { ...process.env, ...langEnv },
    viewport: { width: 1400, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...(options.args ?? []),
      `--lang=${locale === 'ja' ? 'ja' : 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const blocked: string[] = [];
  const passed: string[] = [];
  const dialogs: string[] = [];
  const served = new Map<string, string>();
  const servedUrls = new Map<string, string>();
  const inlineHtml = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own files (its CSS fetched by the content script) never leave the browser.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const fixture = servedUrls.get(url.origin + url.pathname) ?? served.get(url.hostname);
    const inline = inlineHtml.get(url.hostname);
    // The browser's own favicon fetch for the routed page is not the extension's doing.
    if (MAIL_HOSTS.includes(url.hostname) && url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    if (url.protocol === 'https:' && MAIL_HOSTS.includes(url.hostname) && inline !== undefined && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: inline });
    }
    if (url.protocol === 'https:' && MAIL_HOSTS.includes(url.hostname) && fixture && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, fixture)) });
    }
    if (options.passThrough?.().includes(url.origin)) {
      passed.push(`${route.request().method()} ${route.request().url()}`);
      return route.continue();
    }
    blocked.push(`${route.request().resourceType()} ${route.request().url()}`);
    return route.abort();
  });
  const sw = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  const extensionId = sw ? new URL(sw.url()).host : '';
  const harness: Harness = {
    context,
    extensionId,
    blocked,
    passed,
    dialogs,
    serve: (host, fixture) => served.set(host, fixture),
    serveUrl: (address, fixture) => {
      const u = new URL(address);
      servedUrls.set(u.origin + u.pathname, fixture);
    },
    async openHtml(url, html) {
      inlineHtml.set(new URL(url).hostname, html);
      try {
        return await harness.open(url, '');
      } finally {
        inlineHtml.delete(new URL(url).hostname);
      }
    },
    async open(url, fixture) {
      if (fixture) served.set(new URL(url).hostname, fixture);
      const page = await context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()} ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The sidebar's own frame (an extension page the mail page cannot read). */
export const SIDEBAR_IFRAME = 'iframe[data-afterfollow="sidebar"]';
export const sidebarFrame = (page: Page) => page.frameLocator(SIDEBAR_IFRAME);
export const sidebar = (page: Page) => sidebarFrame(page).getByRole('complementary', { name: 'Afterfollow' });

/** Afterfollow landmarks in the tab: in the page itself and in its frame. */
export const landmarkCount = async (page: Page) =>
  (await page.getByRole('complementary', { name: 'Afterfollow' }).count()) + (await sidebar(page).count());

/** Runs axe-core inside the sidebar frame; returns "rule: targets" lines. */
export async function axeInSidebar(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  if (!frame) throw new Error('no sidebar frame');
  await frame.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return (await frame.evaluate(`(async () => {
    // The frame is a widget inside the mail page, not a page: the page-level landmark/heading rules belong to the mail client.
    const r = await axe.run(document, { rules: { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } } });
    return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(' | '));
  })()`)) as string[];
}

/**
 * Team sync: a copy of the build whose manifest already holds http://127.0.0.1/* and cookies, so that
 * permissions.request resolves at once as after the user's "Allow" (Chromium's prompt cannot be
 * answered by automation: no CDP or Playwright hook, playwright#32755). Everything else is the build.
 */
export function grantedTeamBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'afterfollow-team-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    host_permissions: string[];
    permissions: string[];
    optional_host_permissions?: string[];
    optional_permissions?: string[];
  };
  const shipped = JSON.stringify([manifest.permissions, manifest.optional_host_permissions, manifest.optional_permissions]);
  if (shipped !== JSON.stringify([['alarms', 'notifications'], ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'], ['cookies']])) {
    throw new Error(`the build's permissions changed: ${shipped}`);
  }
  manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*'];
  manifest.permissions = [...manifest.permissions, 'cookies'];
  delete manifest.optional_permissions;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
