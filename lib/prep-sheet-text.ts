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
}

export function groupByCategory(items: Item[]): [Category, Item[]][] {
  const groups = new Map<Category, Item[]>();
  for (const i of items) groups.set(i.category, [...(groups.get(i.category) ?? []), i]);
  return [...groups];
}

export function prepSheetText(
  sheet: { candidateName: string; nextInterview: string; toAnswer: Item[]; answered: Item[] },
  labels: PrepSheetLabels,
): string {
  const lines = [`${labels.title}: ${sheet.candidateName}`, `${labels.nextInterview}: ${sheet.nextInterview}`, '', `■ ${labels.toAnswer}`];
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
  return lines.join('\n') + '\n';
}
