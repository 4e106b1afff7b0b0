// Site adapter benchmark (figures for the notes, not a timed test):
//  1. time to read a 20-message Gmail thread built from a fixture (target < 2 ms);
//  2. main-thread cost of our MutationObserver during 1,000 unrelated Gmail-like mutations
//     (target < 1 ms of observer work per 100 mutations).
// Runs on happy-dom's Window directly: `npx tsx scripts/bench-sites.ts`, or benchSites() from scripts/bench.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { createSiteAdapter } from '../lib/sites';
import { observerWorkStats, resetObserverWorkStats } from '../lib/sites/observers';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(HERE, '..', 'tests', 'fixtures', 'gmail-thread-multi-ja-2026-11-24.html');
const URL = 'https://mail.google.com/mail/u/0/#label/%E6%8E%A1%E7%94%A8%2F%E5%80%99%E8%A3%9C%E8%80%85/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBmM';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function openPage() {
  const window = new Window({ url: URL, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(readFileSync(FIXTURE, 'utf8'));
  const document = window.document as unknown as Document;
  return { window, document, location: window.location as unknown as Location };
}

/** Replaces the fixture's messages with `n` expanded copies of its newest message (distinct ids). */
function makeThread(document: Document, n: number) {
  const list = document.querySelector('div[role="list"]')!;
  const items = list.querySelectorAll('div[role="listitem"]');
  const template = items[items.length - 1]!;
  list.replaceChildren();
  for (let i = 0; i < n; i++) {
    const copy = template.cloneNode(true) as Element;
    const holder = copy.querySelector('[data-legacy-message-id]')!;
    holder.setAttribute('data-legacy-message-id', (0x19ab00000000000n + BigInt(i)).toString(16));
    holder.setAttribute('data-message-id', `#msg-f:${1849012345678900001n + BigInt(i)}`);
    if (i < n - 1) copy.querySelector('.ip')?.remove();
    list.appendChild(copy);
  }
}

interface ReadFigures {
  coldMs: number;
  coldP90Ms: number;
  warmMs: number;
  messages: number;
  chars: number;
}

/**
 * Cold: a freshly rendered thread (new elements, nothing cached), as after opening it.
 * Warm: the same thread read again, as on every later view-change event.
 */
async function benchRead(): Promise<ReadFigures> {
  const { window, document, location } = openPage();
  const adapter = createSiteAdapter(location, document)!;
  let messages = 0;
  let chars = 0;
  const read = () => {
    const t0 = performance.now();
    const view = adapter.readView();
    const ms = performance.now() - t0;
    if (view.kind === 'thread') {
      messages = view.thread.messages.length;
      chars = view.thread.messages.reduce((n, m) => n + m.text.length, 0);
    }
    return ms;
  };
  for (let i = 0; i < 10; i++) {
    makeThread(document, 20);
    read(); // warm-up (JIT)
  }
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 40; i++) {
    makeThread(document, 20);
    cold.push(read());
    warm.push(read());
  }
  await window.happyDOM.abort();
  window.close();
  const sorted = [...cold].sort((a, b) => a - b);
  return { coldMs: median(cold), coldP90Ms: sorted[Math.floor(sorted.length * 0.9)]!, warmMs: median(warm), messages, chars };
}

/** 1,000 mutations of the kinds Gmail makes while nothing we read changes. */
function churn(document: Document, count: number) {
  const main = document.querySelector('div.AO')!;
  const toolbar = main.querySelector('.G-tF') ?? main;
  const counter = main.querySelector('.Dj') ?? main;
  const hiddenList = main.querySelector('table.F tbody') ?? main;
  const side = document.querySelector('.bq9') ?? document.body;
  for (let i = 0; i < count; i++) {
    switch (i % 5) {
      case 0: {
        // Tooltip bubbles added and removed in the toolbar.
        const tip = document.createElement('div');
        tip.className = 'T-ays-iP';
        toolbar.appendChild(tip);
        tip.remove();
        break;
      }
      case 1:
        // Hover classes on buttons (attribute churn).
        toolbar.firstElementChild?.classList.toggle('T-I-JW');
        break;
      case 2:
        // Counter text re-rendered.
        counter.textContent = `1–50 / ${1284 + i}`;
        break;
      case 3:
        // The hidden inbox list refreshes a row's timestamp.
        hiddenList.firstElementChild?.lastElementChild?.setAttribute('data-refreshed', String(i));
        break;
      default: {
        // Side panel / chat roster churn outside the observed roots.
        const dot = document.createElement('span');
        side.appendChild(dot);
        dot.remove();
      }
    }
  }
}

async function benchObserver(mutations = 1000): Promise<{ observerMsPer100: number; callbacks: number; records: number; checks: number; events: number; churnMsWith: number; churnMsWithout: number }> {
  // Baseline: the same churn with nobody observing.
  const base = openPage();
  let t0 = performance.now();
  churn(base.document, mutations);
  const churnMsWithout = performance.now() - t0;
  await base.window.happyDOM.abort();
  base.window.close();

  const { window, document, location } = openPage();
  const adapter = createSiteAdapter(location, document)!;
  const ac = new AbortController();
  let events = 0;
  adapter.observe(() => events++, ac.signal);
  // Warm-up round so the figure is steady-state work, not first-call compilation.
  churn(document, 100);
  await sleep(250);
  resetObserverWorkStats();
  t0 = performance.now();
  churn(document, mutations);
  const churnMsWith = performance.now() - t0;
  await sleep(250); // let callbacks run and the coalesced check fire
  const stats = observerWorkStats();
  ac.abort();
  await window.happyDOM.abort();
  window.close();
  return {
    observerMsPer100: (stats.ms / mutations) * 100,
    callbacks: stats.callbacks,
    records: stats.records,
    checks: stats.checks,
    events,
    churnMsWith,
    churnMsWithout,
  };
}

export async function benchSites(): Promise<void> {
  const read = await benchRead();
  console.log(
    `sites: read a ${read.messages}-message Gmail thread (${read.chars} chars): first read median ${read.coldMs.toFixed(3)} ms (p90 ${read.coldP90Ms.toFixed(3)} ms), ` +
      `re-read median ${read.warmMs.toFixed(3)} ms (target < 2 ms; happy-dom, slower than Chromium)`,
  );
  const obs = await benchObserver();
  console.log(
    `sites: observer work during 1,000 unrelated mutations: ${obs.observerMsPer100.toFixed(4)} ms per 100 mutations ` +
      `(${obs.callbacks} callbacks, ${obs.records} records, ${obs.checks} view checks, ${obs.events} change events; target < 1 ms/100)`,
  );
  console.log(`sites: the churn itself took ${obs.churnMsWith.toFixed(1)} ms observed vs ${obs.churnMsWithout.toFixed(1)} ms unobserved (happy-dom)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchSites().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
