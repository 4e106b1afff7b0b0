// Reads every dated fixture in real Chromium (no extension, no network): the view kind, the view name with real
// geometry (reading pane right/bottom, split vertical/horizontal), the message count and whether a compose is found.
// A quick check that visibility and geometry behave in a browser with layout; happy-dom has none.
// Run: npx tsx scripts/sites-chromium-smoke.ts  (needs /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { FIXTURES } from '../tests/sites/fixtures';
const bundle = (await esbuild.build({ stdin: { contents: "export * from './lib/sites';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', globalName: 'AF', write: false, platform: 'browser' })).outputFiles[0]!.text;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const fx of FIXTURES) {
  const p = await b.newPage({ viewport: { width: 1400, height: 900 } });
  await p.route('**/*', (r) => r.request().url().startsWith(new URL(fx.url).origin) ? r.fulfill({ contentType: 'text/html', body: readFileSync('tests/fixtures/' + fx.file, 'utf8') }) : r.abort());
  await p.goto(fx.url);
  await p.addScriptTag({ content: bundle });
  const r = await p.evaluate(`(() => { const a = AF.createSiteAdapter(location, document); const v = a.readView(); return [v.kind, v.viewName, v.kind === 'thread' ? v.thread.messages.length : v.reason, a.hasOpenCompose()].join(' '); })()`);
  console.log(fx.file.padEnd(52), 'expects', String(fx.messages?.length ?? '-').padEnd(3), 'compose', String(fx.compose).padEnd(6), '| got', r);
  await p.close();
}
await b.close();
