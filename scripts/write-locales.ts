// Writes public/_locales/{en,ja}/messages.json from scripts/locales.source.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { messages } from './locales.source.mjs';

for (const [index, locale] of ['en', 'ja'].entries()) {
  const out = {};
  for (const [key, row] of Object.entries(messages)) {
    const entry = { message: row[index] };
    if (row[2]) entry.description = row[2];
    out[key] = entry;
  }
  mkdirSync(`public/_locales/${locale}`, { recursive: true });
  writeFileSync(`public/_locales/${locale}/messages.json`, JSON.stringify(out, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(messages).length} messages for en and ja`);
