// Loads the built Firefox MV3 extension into Debian's firefox-esr through puppeteer-core's WebDriver
// BiDi support, serves the saved mail pages at their real URLs by request interception, and aborts and
// records every other request. Pages are intercepted per tab; the background (an event page, which BiDi
// does not expose) is caught by a proxy on the loopback that every other connection must go through and
// that refuses and records each one.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
const FIXTURES = resolve('tests/fixtures');
/** The manifest's gecko id, and the moz-extension:// host we pin for it (Firefox picks a random one otherwise). */
export const GECKO_ID = 'afterfollow@afterfollow.app';
export const EXTENSION_UUID = '5b8e3c1a-0f3e-4f7a-9d61-6a1f0e2c9b10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const MAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox e2e tests. Install it with `sudo apt-get install -y firefox-esr`, ' +
        'or point FIREFOX=/path/to/firefox at a Firefox 140 or newer.',
    );
  }
  return found;
}

export interface FirefoxHarness {
  browser: Browser;
  /** Requests a page tried to send anywhere but the routed mail pages. */
  blocked: string[];
  /** Connections that reached the catch-all proxy (the background, the browser itself). */
  proxied: string[];
  /** Where Firefox saves downloads. */
  downloads: string;
  /** A new tab whose requests are intercepted like every other. */
  newPage(): Promise<Page>;
  open(url: string, fixture: string): Promise<Page>;
  close(): Promise<void>;
}

/** An HTTP proxy that answers nothing: it records the request line of each connection and refuses it. */
async function catchAllProxy(log: string[]): Promise<Server> {
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      log.push(chunk.toString('latin1').split('\r\n')[0] ?? '?');
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

export interface FirefoxLaunchOptions {
  /**
   * Servers on the loopback (team sync's test CouchDB, as http://127.0.0.1:PORT) that the background may
   * reach directly; every other connection still goes to the recording proxy.
   */
  passThrough?: string[];
  /** More preferences (e.g. extensions.webextOptionalPermissionPrompts). */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Build first: no manifest in ${FIREFOX_EXTENSION_DIR} (\`npm run build:firefox\` makes .output/firefox-mv3).`);
  }
  const executablePath = firefoxPath();
  const proxied: string[] = [];
  const proxy = await catchAllProxy(proxied);
  const port = (proxy.address() as AddressInfo).port;
  const downloads = mkdtempSync(join(tmpdir(), 'afterfollow-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    // Release builds honour services.settings.server only with this variable set.
    env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': 'en-US, en',
      // Every connection not answered by interception goes to the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': (options.passThrough ?? []).map((u) => new URL(u).host).join(', '),
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      // Firefox's own services (remote settings, updates, captive-portal and connectivity checks) stay
      // quiet, so that anything reaching the proxy is ours.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.blocklist.enabled': false,
      'app.update.disabledForTesting': true,
      'app.normandy.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'browser.safebrowsing.blockedURIs.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'browser.region.network.url': '',
      'browser.region.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.server': '',
      'network.prefetch-next': false,
      // Downloads go to a folder of ours without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const blocked: string[] = [];
  const served = new Map<string, string>();
  const intercept = (request: HTTPRequest) => {
    const url = new URL(request.url());
    // Not network: the extension's own files, and the blank/data pages a new tab starts with.
    if (['moz-extension:', 'data:', 'about:', 'blob:'].includes(url.protocol)) return request.continue();
    // The browser's own favicon fetch for the routed page is not the extension's doing.
    if (MAIL_HOSTS.includes(url.hostname) && url.pathname === '/favicon.ico') return request.respond({ status: 204, body: '' });
    const fixture = served.get(url.hostname);
    if (url.protocol === 'https:' && fixture && request.isNavigationRequest()) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, fixture)) });
    }
    blocked.push(`${request.method()} ${request.url()}`);
    return request.abort();
  };

  const harness: FirefoxHarness = {
    browser,
    blocked,
    proxied,
    downloads,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => void intercept(r));
      return page;
    },
    async open(url, fixture) {
      served.set(new URL(url).hostname, fixture);
      const page = await harness.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((done) => proxy.close(done));
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The sidebar's frame in a mail tab (an extension page: the mail page cannot read it, the test can). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('iframe[data-afterfollow="sidebar"]', { timeout: 10_000 });
  const frame = await iframe!.contentFrame();
  await frame.waitForFunction(() => location.protocol === 'moz-extension:' && document.querySelector('aside') !== null, { timeout: 10_000 });
  return frame;
}

/** Waits until an element matching `selector` whose text includes `text` is in `frame`. */
export async function waitForText(frame: Frame, selector: string, text: string, timeout = 10_000): Promise<void> {
  await frame.waitForFunction((s, t) => [...document.querySelectorAll(s)].some((el) => el.textContent?.includes(t)), { timeout }, selector, text);
}

/** Clicks the button named `name` (its text or aria-label) with a real pointer. */
export async function clickButton(frame: Frame, name: string): Promise<void> {
  const handle = await frame.waitForFunction(
    (n) => [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === n && !b.disabled) ?? null,
    { timeout: 10_000 },
    name,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}

/** Polls `read` until it satisfies `ok` (like expect.poll, for values read from a browser). */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
