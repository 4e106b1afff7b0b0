// The content script's size budget (JS + CSS, gzip): the mail page is someone else's house.
// Run after `wxt build`; part of `npm test`. Fails over budget and says what grew.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 50 * 1024;
const dir = join(process.argv[2] ?? '.output/chrome-mv3', 'content-scripts');
if (!existsSync(dir)) {
  console.error(`No ${dir}: build first (npx wxt build).`);
  process.exit(1);
}
let total = 0;
for (const file of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))) {
  const bytes = readFileSync(join(dir, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
}
console.log(`content scripts: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP / 1024} KB)`);
if (total > BUDGET_GZIP) {
  console.error('Over budget: keep React, zod, Dexie and the analyzer out of entrypoints/mail.content (see eslint.config.js).');
  process.exit(1);
}
