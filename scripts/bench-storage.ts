// Storage figures for issue 8 in Node, on fake-indexeddb: logging a batch of items, CSV export of
// 100,000 items, JSON export and import of the same. fake-indexeddb is a pure-JS IndexedDB, so
// these bound our own code's cost (zod, CSV, merge); Chromium's real IndexedDB is measured apart.
// Run: npx tsx scripts/bench-storage.ts
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { openDb, type AfterfollowDb } from '../lib/db/database';
import { itemTables, putItems } from '../lib/db/item-store';
import { exportBackup, exportCsv, importBackup } from '../lib/db/export-import';
import { serializeBackup } from '../lib/export/backup-format';
import { BACKUP_LIMITS, parseBackup, utf8Length } from '../lib/export/parse-backup';
import type { Candidate, Item } from '../lib/records';
import { ANXIETY_CATEGORIES } from '../lib/analysis/types';

const ITEMS = 100_000;
const BATCH = 10_000;
const CANDIDATES = 2_000;
const T0 = Date.UTC(2026, 0, 1);
const TEXTS = ['リモートワークは週に何日可能でしょうか。', '残業が多いのではないかと不安です。', 'Is there a signing bonus?', '配属先はいつ決まりますか？'];

function candidate(n: number): Candidate {
  const email = `candidate${n}@example.jp`;
  return {
    id: `cand:${email}`,
    name: `候補者 ${n}`,
    email,
    position: n % 2 ? 'バックエンドエンジニア' : 'Product designer',
    stage: 'interview_1',
    owner: n % 3 ? 'HR' : `Interviewer ${n % 17}`,
    nextInterviewAt: null,
    lastCandidateContactAt: T0 + n * 1000,
    lastRecruiterContactAt: null,
    createdAt: T0,
    updatedAt: T0 + n,
  };
}

function item(n: number): Item {
  const at = T0 + n * 60_000;
  return {
    id: `gmail:18c${n.toString(16).padStart(8, '0')}:question:${n % 500}-${(n % 500) + 30}`,
    candidateId: `cand:candidate${n % CANDIDATES}@example.jp`,
    threadId: `gmail:t${n % 20_000}`,
    messageId: `gmail:18c${n.toString(16).padStart(8, '0')}`,
    kind: n % 3 ? 'question' : 'anxiety',
    category: ANXIETY_CATEGORIES[n % ANXIETY_CATEGORIES.length]!,
    text: TEXTS[n % TEXTS.length]!,
    start: n % 500,
    end: (n % 500) + 30,
    status: 'open',
    source: 'detected',
    at,
    createdAt: at,
    updatedAt: at,
  };
}

async function time<T>(label: string, work: () => Promise<T>, note: (r: T) => string = () => ''): Promise<T> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const heap = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms   heap ${heap.padStart(5)} MB   ${note(result)}`);
  return result;
}

const mb = (text: string) => `${(utf8Length(text) / 1024 / 1024).toFixed(1)} MB`;
let n = 0;
const fresh = (): AfterfollowDb => openDb(`bench-${process.pid}-${++n}`);

export async function benchStorage(): Promise<void> {
  console.log(`fake-indexeddb, Node ${process.version}; ${ITEMS.toLocaleString('en')} items, ${CANDIDATES.toLocaleString('en')} candidates`);
  const db = fresh();
  const all = Array.from({ length: ITEMS }, (_, i) => item(i));
  await db.candidates.bulkPut(Array.from({ length: CANDIDATES }, (_, i) => candidate(i)));
  await time(`log ${BATCH.toLocaleString('en')} items in one batch`, () => db.transaction('rw', itemTables(db), () => putItems(db, all.slice(0, BATCH))));
  await time(`fill to ${ITEMS.toLocaleString('en')} items`, () => db.transaction('rw', itemTables(db), () => putItems(db, all.slice(BATCH))));

  await time('CSV export, items', () => exportCsv(db, 'items'), mb);
  await time('CSV export, items (again, warm)', () => exportCsv(db, 'items'), mb);
  const backup = await time('JSON export (read + build)', () => exportBackup(db));
  const text = await time('JSON serialize', async () => serializeBackup(backup), mb);
  await time('JSON export redacted (read + redact)', () => exportBackup(db, { redact: true }));

  const bytes = utf8Length(text);
  const refused = parseBackup(text);
  if (!refused.ok) console.log(`  default import limit (${BACKUP_LIMITS.maxBytes / 1024 / 1024} MB) refuses this file: ${refused.error}`);
  const parsed = await time('JSON parse + validate (limit raised)', async () => parseBackup(text, { maxBytes: bytes + 1 }));
  if (!parsed.ok) throw new Error(parsed.error);
  const target = fresh();
  await time('JSON import into an empty database', () => importBackup(target, parsed.backup), (s) => `items added ${s.items.added}`);
  await time('JSON import again (all rows skipped)', () => importBackup(target, parsed.backup), (s) => `items skipped ${s.items.skipped}`);
  db.close();
  target.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchStorage();
}
