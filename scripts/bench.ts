// `npm run bench`: every benchmark, printing figures (never a pass/fail test).
// The Chromium parts need `npm run build` and Debian's chromium; they are skipped with a note otherwise.
import { existsSync } from 'node:fs';
import { benchAnalysis } from './bench-analysis';
import { benchSites, benchSitesChromium } from './bench-sites';
import { benchStorage } from './bench-storage';
import { benchSync } from './bench-sync';

const section = (title: string) => console.log(`\n== ${title} ==`);

section('analysis (Node)');
await benchAnalysis();
section('site adapters (happy-dom and Chromium)');
await benchSites();
await benchSitesChromium();
section('storage (Node, fake-indexeddb)');
await benchStorage();
section('team sync (Node, PouchDB memory adapter, express-pouchdb on 127.0.0.1)');
await benchSync();
section('extension in Chromium');
if (!existsSync('.output/chrome-mv3/manifest.json')) {
  console.log('skipped: run `npm run build` first');
} else {
  const { benchDashboard } = await import('./bench-chromium');
  const { benchPageCost } = await import('./bench-page-cost');
  await benchPageCost();
  await benchDashboard();
}
