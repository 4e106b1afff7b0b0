// Writes public/_locales/{en,ja}/messages.json from the UI table (scripts/locales.source.mjs) and the
// reason texts that live beside their logic (template suggestions). Run: npx tsx scripts/write-locales.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { allMessages } from './locales-all';

const rows = allMessages();
for (const [index, locale] of (['en', 'ja'] as const).entries()) {
  const out: Record<string, { message: string; description?: string }> = {};
  for (const [key, row] of Object.entries(rows)) {
    out[key] = row[2] ? { message: row[index]!, description: row[2] } : { message: row[index]! };
  }
  mkdirSync(`public/_locales/${locale}`, { recursive: true });
  writeFileSync(`public/_locales/${locale}/messages.json`, JSON.stringify(out, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(rows).length} messages for en and ja`);
