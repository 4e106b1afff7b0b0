// Learning from the recruiter on this machine: a correction (a dismissed hint, a changed
// category, a missed sentence marked as hint / question / worry) is kept as data and adjusts
// the analysis of similar sentences from then on (nearest neighbour over the same hashed
// text features the model reads; cosine ≥ SIMILAR). Pure: storage, backup and the Options
// reset are the caller's; merging a teammate's set is mergeCorrections().
import { z } from 'zod';
import { normalizeForMatch } from './normalize';
import { newFeatures, textFeatures, type Features } from './model/features';
import { ANXIETY_CATEGORIES, type TopicCategory } from './types';

export const CORRECTION_FIELDS = ['decline', 'question', 'worry'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export const correctionSchema = z.object({
  /** Stable id (e.g. a random UUID made when the recruiter acted): merge key. */
  id: z.string().min(1).max(100),
  /** When it was made (ms since epoch): on merge the later one of an id wins. */
  at: z.number().nonnegative(),
  /** The sentence as the recruiter saw it (the similarity key; never sent anywhere). */
  text: z.string().min(1).max(2000),
  /** dismiss: "this is not a hint / question / worry"; mark: "this is one"; category: "the worry is about …". */
  action: z.enum(['dismiss', 'mark', 'category']),
  field: z.enum(CORRECTION_FIELDS),
  /** mark + decline: the level (default soft). */
  level: z.enum(['soft', 'hard']).optional(),
  /** category, or mark + question/worry: the category. */
  category: z.enum(ANXIETY_CATEGORIES).optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

/** Corrections one browser keeps (the newest; older ones age out first), and the most a backup may carry. */
export const MAX_CORRECTIONS = 20_000;

export const correctionsSchema = z.object({ version: z.literal(1), items: z.array(correctionSchema).max(MAX_CORRECTIONS) });
export type Corrections = z.infer<typeof correctionsSchema>;

export const EMPTY_CORRECTIONS: Corrections = { version: 1, items: [] };

/** Union of two sets by id; the later `at` wins, ties keep a. Sorted by (at, id): deterministic. */
export function mergeCorrections(a: Corrections, b: Corrections): Corrections {
  const byId = new Map<string, Correction>();
  for (const c of a.items) byId.set(c.id, c);
  for (const c of b.items) {
    const have = byId.get(c.id);
    if (!have || c.at > have.at) byId.set(c.id, c);
  }
  const items = [...byId.values()].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { version: 1, items };
}

/** Sentences at least this similar (cosine over hashed word / char n-grams) take a correction. */
export const SIMILAR = 0.6;
const BITS = 18;

interface Entry {
  c: Correction;
}

export interface CorrectionIndex {
  size: number;
  entries: Entry[];
  /** feature index → [entry, weight] postings. */
  postings: Map<number, Array<[number, number]>>;
}

/** Compiles corrections once (per change), so each analysed sentence costs one sparse lookup. */
export function compileCorrections(corrections: Corrections | readonly Correction[]): CorrectionIndex {
  const items = Array.isArray(corrections) ? corrections : (corrections as Corrections).items;
  const entries: Entry[] = [];
  const postings = new Map<number, Array<[number, number]>>();
  for (const raw of items) {
    const parsed = correctionSchema.safeParse(raw);
    if (!parsed.success) continue; // a bad record is skipped, never fatal
    const c = parsed.data;
    const vec = unitVector(textVector(c.text));
    const e = entries.length;
    entries.push({ c });
    for (const [i, v] of vec) {
      let list = postings.get(i);
      if (!list) postings.set(i, (list = []));
      list.push([e, v]);
    }
  }
  return { size: entries.length, entries, postings };
}

function textVector(text: string): Map<number, number> {
  const norm = normalizeForMatch(text);
  const f = newFeatures();
  textFeatures(norm, 0, norm.length, BITS, f);
  return sum(f);
}

function sum(f: Features): Map<number, number> {
  const m = new Map<number, number>();
  for (let k = 0; k < f.idx.length; k++) m.set(f.idx[k]!, (m.get(f.idx[k]!) ?? 0) + f.val[k]!);
  return m;
}

function unitVector(m: Map<number, number>): Map<number, number> {
  let n = 0;
  for (const v of m.values()) n += v * v;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (const [k, v] of m) m.set(k, v * s);
  return m;
}

/** What the corrections say about one sentence, per field (undefined: no similar correction). */
export interface SentenceAdjustment {
  decline?: { hint: false } | { hint: true; level: 'soft' | 'hard' };
  question?: { is: boolean; category?: TopicCategory };
  worry?: { is: boolean; category?: TopicCategory };
  category?: TopicCategory;
  /** How many corrections matched. */
  matched: number;
}

/** Nearest corrections for the sentence norm[start, end), one per field (most similar, then latest). */
export function adjustmentFor(index: CorrectionIndex, norm: string, start: number, end: number): SentenceAdjustment | null {
  if (index.size === 0) return null;
  const f = newFeatures();
  textFeatures(norm, start, end, BITS, f);
  const q = unitVector(sum(f));
  const scores = new Map<number, number>();
  for (const [i, v] of q) {
    const list = index.postings.get(i);
    if (!list) continue;
    for (const [e, w] of list) scores.set(e, (scores.get(e) ?? 0) + v * w);
  }
  const best = new Map<string, { e: number; sim: number }>();
  for (const [e, sim] of scores) {
    if (sim < SIMILAR) continue;
    const c = index.entries[e]!.c;
    const key = c.action === 'category' ? 'category' : c.field;
    const have = best.get(key);
    if (!have || sim > have.sim + 1e-9 || (Math.abs(sim - have.sim) <= 1e-9 && c.at > index.entries[have.e]!.c.at)) best.set(key, { e, sim });
  }
  if (best.size === 0) return null;
  const adj: SentenceAdjustment = { matched: best.size };
  for (const [key, { e }] of best) {
    const c = index.entries[e]!.c;
    if (key === 'category') adj.category = c.category;
    else if (c.field === 'decline') adj.decline = c.action === 'dismiss' ? { hint: false } : { hint: true, level: c.level ?? 'soft' };
    else adj[c.field] = c.action === 'dismiss' ? { is: false } : { is: true, category: c.category };
  }
  return adj;
}
