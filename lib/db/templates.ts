// The team's template library as the options page edits it. Built-ins ship in code; the
// `templates` table holds only what the team changed: overrides (a built-in id, builtin: false)
// and its own templates (custom.* ids). Everything written is validated with templateSchema, and
// an import is parsed whole before one transaction writes it, so nothing is ever half-imported.
import type { AfterfollowDb } from './database';
import { refusal, type BackupRefusal } from '../import-envelope';
import { BUILTIN_TEMPLATES, builtinOverrideProblem } from '../templates/builtin';
import {
  createTemplateSet,
  formatPath,
  MOMENTS,
  parseTemplateSet,
  serializeTemplateSet,
  TEMPLATE_LIMITS,
  templateSchema,
  type Template,
} from '../templates/schema';

/** builtin: shipped text; edited: a built-in the team changed; custom: the team's own. */
export type TemplateOrigin = 'builtin' | 'edited' | 'custom';
export interface LibraryEntry {
  template: Template;
  origin: TemplateOrigin;
}

export type SaveResult = { ok: true; template: Template } | { ok: false; error: string; issues: string[] };
export type ImportResult =
  | { ok: true; imported: number; added: number; replaced: number; skippedBuiltins: number }
  | BackupRefusal;

const BUILTINS = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function isBuiltinId(id: string): boolean {
  return BUILTINS.has(id);
}

const momentOrder = (t: Template) => MOMENTS.indexOf(t.moment);
const ORIGIN_ORDER: Record<TemplateOrigin, number> = { builtin: 0, edited: 0, custom: 1 };

/** Built-ins with the stored overrides applied, then the team's own; in the method's moment order. */
export function mergeLibrary(stored: readonly Template[]): LibraryEntry[] {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const entries: LibraryEntry[] = BUILTIN_TEMPLATES.map((b) => {
    const override = byId.get(b.id);
    // A stored row with builtin: true is the shipped text (e.g. from an old backup): show the
    // current shipped version so a text update in a new release is not hidden by it.
    return override && !override.builtin ? { template: override, origin: 'edited' } : { template: { ...b }, origin: 'builtin' };
  });
  for (const t of stored) if (!isBuiltinId(t.id)) entries.push({ template: t, origin: 'custom' });
  return entries.sort(
    (a, b) =>
      momentOrder(a.template) - momentOrder(b.template) ||
      ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin] ||
      // ja before en, as in the built-in list.
      b.template.language.localeCompare(a.template.language) ||
      a.template.title.localeCompare(b.template.title) ||
      a.template.id.localeCompare(b.template.id),
  );
}

export async function listTemplates(db: AfterfollowDb): Promise<LibraryEntry[]> {
  return mergeLibrary(await db.templates.toArray());
}

const overrideProblem = builtinOverrideProblem;

/** Creates or replaces a template. An edited built-in keeps its id and becomes builtin: false. */
export async function saveTemplate(db: AfterfollowDb, input: Template, now: Date = new Date()): Promise<SaveResult> {
  const parsed = templateSchema.safeParse({ ...input, builtin: false, updatedAt: now.toISOString() });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`);
    return { ok: false, error: issues[0] ?? 'invalid template', issues };
  }
  const problem = overrideProblem(parsed.data);
  if (problem) return { ok: false, error: problem, issues: [problem] };
  await db.templates.put(parsed.data);
  return { ok: true, template: parsed.data };
}

export function newTemplateId(): string {
  return `custom.${crypto.randomUUID()}`;
}

/** Copies the effective version of a template (built-in, edited or custom) as a new custom one. */
export async function duplicateTemplate(
  db: AfterfollowDb,
  id: string,
  options: { title?: string; now?: Date } = {},
): Promise<Template> {
  const source = (await listTemplates(db)).find((e) => e.template.id === id)?.template;
  if (!source) throw new Error(`no template "${id}"`);
  const title = (options.title ?? `${source.title} (copy)`).slice(0, TEMPLATE_LIMITS.title);
  const result = await saveTemplate(db, { ...source, id: newTemplateId(), title }, options.now);
  if (!result.ok) throw new Error(result.error);
  return result.template;
}

/** Deletes a team template. Built-ins cannot be deleted, only restored. */
export async function deleteTemplate(db: AfterfollowDb, id: string): Promise<void> {
  if (isBuiltinId(id)) throw new Error(`"${id}" is a built-in template: restore it instead of deleting it`);
  await db.templates.delete(id);
}

/** Drops the team's edit of one built-in; returns the shipped text. */
export async function restoreBuiltin(db: AfterfollowDb, id: string): Promise<Template> {
  const shipped = BUILTINS.get(id);
  if (!shipped) throw new Error(`"${id}" is not a built-in template`);
  await db.templates.delete(id);
  return { ...shipped };
}

/** Drops every override (the team's own templates stay); returns how many were restored. */
export async function restoreAllBuiltins(db: AfterfollowDb): Promise<number> {
  return db.templates.where('id').anyOf([...BUILTINS.keys()]).delete();
}

/**
 * Upserts a template set by id. Entries marked builtin: true are the shipped text and are not
 * stored (the built-ins ship in code). All checks run before the single write transaction.
 */
export async function importTemplateSet(db: AfterfollowDb, jsonText: string, now: Date = new Date()): Promise<ImportResult> {
  const parsed = parseTemplateSet(jsonText);
  if (!parsed.ok) return parsed;
  const templates = parsed.set.templates;
  for (const [i, t] of templates.entries()) {
    const problem = overrideProblem(t, `templates[${i}].`);
    if (problem) return refusal({ code: 'invalid', args: [problem] }, problem);
  }
  const toWrite = templates.filter((t) => !t.builtin);
  // The file's updatedAt may be anything; what the team sees is when it arrived here.
  const stamped = toWrite.map((t) => ({ ...t, updatedAt: now.toISOString() }));
  let replaced = 0;
  await db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.bulkGet(stamped.map((t) => t.id));
    replaced = existing.filter((t) => t !== undefined).length;
    await db.templates.bulkPut(stamped);
  });
  return {
    ok: true,
    imported: stamped.length,
    added: stamped.length - replaced,
    replaced,
    skippedBuiltins: templates.length - toWrite.length,
  };
}

/** The team's templates (edited built-ins and its own) as a set that importTemplateSet reads back. */
export async function exportTemplateSet(db: AfterfollowDb, now: Date = new Date()): Promise<string> {
  const stored = mergeLibrary(await db.templates.toArray())
    .filter((e) => e.origin !== 'builtin')
    .map((e) => e.template);
  return serializeTemplateSet(createTemplateSet(stored, now));
}

/** The options page's view of the library; tests can hand the editor a fake of this shape. */
export interface TemplateRepository {
  list(): Promise<LibraryEntry[]>;
  save(template: Template): Promise<SaveResult>;
  duplicate(id: string, title?: string): Promise<Template>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<Template>;
  restoreAll(): Promise<number>;
  importSet(jsonText: string): Promise<ImportResult>;
  exportSet(): Promise<string>;
}

export function templateRepository(db: AfterfollowDb): TemplateRepository {
  return {
    list: () => listTemplates(db),
    save: (t) => saveTemplate(db, t),
    duplicate: (id, title) => duplicateTemplate(db, id, { title }),
    remove: (id) => deleteTemplate(db, id),
    restore: (id) => restoreBuiltin(db, id),
    restoreAll: () => restoreAllBuiltins(db),
    importSet: (text) => importTemplateSet(db, text),
    exportSet: () => exportTemplateSet(db),
  };
}
