// The one segmenter: which parts of a body are the sender's own text, quoted older mail or
// a signature, and the sentences of the own text. The site adapter's DOM marks are hints:
// a part it marked as quote or signature is never own text; the text rules (split.ts) still
// find quotes and signatures the DOM did not mark.
import { segmentSentences, type Sentence } from './segment';
import { splitBody, type Region } from './split';
import type { SegmentHint } from './types';

export interface Segmentation {
  regions: Region[];
  sentences: Sentence[];
}

export function segmentBody(body: string, norm: string, hints: readonly SegmentHint[] = []): Segmentation {
  let regions = splitBody(body, norm);
  const marks = hints.filter((h) => h.kind !== 'own' && Number.isFinite(h.start) && Number.isFinite(h.end) && h.end > h.start);
  if (marks.length) regions = overlay(regions, marks, body.length);
  const sentences: Sentence[] = [];
  for (const r of regions) if (r.kind === 'own') segmentSentences(norm, r.start, r.end, sentences);
  return { regions, sentences };
}

/** Regions with every marked quote/signature forced to its kind; still tiles [0, len). O((r + m) log). */
function overlay(regions: Region[], marks: readonly SegmentHint[], len: number): Region[] {
  const cuts = new Set<number>([0, len]);
  for (const r of regions) cuts.add(r.start).add(r.end);
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  for (const m of sorted) cuts.add(Math.max(0, Math.min(len, m.start))).add(Math.max(0, Math.min(len, m.end)));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Region[] = [];
  let r = 0;
  let m = 0;
  const open: SegmentHint[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    while (r < regions.length - 1 && regions[r]!.end <= a) r++;
    while (m < sorted.length && sorted[m]!.start <= a) open.push(sorted[m++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= a) open.splice(k, 1);
    const textKind = regions[r]?.kind ?? 'own';
    const kind = open.length ? (open.some((o) => o.kind === 'quote') ? 'quote' : 'signature') : textKind;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.end = b;
    else out.push({ kind, start: a, end: b });
  }
  return out;
}
