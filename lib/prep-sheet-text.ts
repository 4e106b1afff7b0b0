// The prep sheet as plain text, for "Copy as text" (pasted into a chat or printed on paper).
import type { Category } from './domain';
import type { Item } from './records';

export interface PrepSheetLabels {
  title: string;
  nextInterview: string;
  toAnswer: string;
  answered: string;
  category: (c: Category) => string;
  kind: (k: Item['kind']) => string;
  status: (s: Item['status']) => string;
  /** "Decline risk: wavering …" (the heading and the level's words). */
  declineRisk?: (level: 'soft' | 'hard') => string;
  notes?: string;
}

export interface PrepSheetExtras {
  declineRisk?: { level: 'none' | 'soft' | 'hard'; phrases: string[] };
  /** Earlier interviews' notes, each with its label (date, stage, interviewers). */
  notes?: { label: string; notes: string }[];
}

export function groupByCategory(items: Item[]): [Category, Item[]][] {
  const groups = new Map<Category, Item[]>();
  for (const i of items) groups.set(i.category, [...(groups.get(i.category) ?? []), i]);
  return [...groups];
}

export function prepSheetText(
  sheet: { candidateName: string; nextInterview: string; toAnswer: Item[]; answered: Item[] } & PrepSheetExtras,
  labels: PrepSheetLabels,
): string {
  const lines = [`${labels.title}: ${sheet.candidateName}`, `${labels.nextInterview}: ${sheet.nextInterview}`];
  const risk = sheet.declineRisk;
  if (risk && risk.level !== 'none' && labels.declineRisk) {
    lines.push('', `■ ${labels.declineRisk(risk.level)}`);
    for (const p of risk.phrases) lines.push(`- ${p.replace(/\s+/g, ' ').trim()}`);
  }
  lines.push('', `■ ${labels.toAnswer}`);
  for (const [category, items] of groupByCategory(sheet.toAnswer)) {
    lines.push(`[${labels.category(category)}]`);
    for (const i of items) lines.push(`- (${labels.kind(i.kind)}) ${i.text.replace(/\s+/g, ' ').trim()}`);
  }
  if (sheet.answered.length) {
    lines.push('', `■ ${labels.answered}`);
    for (const [category, items] of groupByCategory(sheet.answered)) {
      lines.push(`[${labels.category(category)}]`);
      for (const i of items) lines.push(`- ${i.text.replace(/\s+/g, ' ').trim()} (${labels.status(i.status)})`);
    }
  }
  if (sheet.notes?.length && labels.notes) {
    lines.push('', `■ ${labels.notes}`);
    for (const n of sheet.notes) lines.push(`[${n.label}]`, ...n.notes.split(/\r?\n/).map((l) => `  ${l}`));
  }
  return lines.join('\n') + '\n';
}
