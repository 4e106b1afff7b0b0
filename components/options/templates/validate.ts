// Field-level messages for the editor, in the UI language. The schema is the only gate (Save is
// enabled exactly when templateSchema accepts the draft); this file only words its findings for a
// person, next to the field they concern.
import { t } from '../../../lib/platform/i18n';
import { templateSchema, type Template } from '../../../lib/templates/schema';
import { checkPlaceholders } from '../../../lib/templates/variables';

export type EditableField = 'title' | 'subject' | 'body' | 'moment' | 'language';
const FIELDS: readonly string[] = ['title', 'subject', 'body', 'moment', 'language'];
export type FieldErrors = Partial<Record<EditableField | 'form', string[]>>;

/** The placeholder problems of one text, worded per variable (the schema only says "unknown"). */
function placeholderErrors(text: string): string[] {
  const { unknown, malformed } = checkPlaceholders(text);
  const out = unknown.map((name) => t('tplErrUnknownVariable', `{{${name}}}`));
  if (malformed) out.push(t('tplErrMalformed'));
  return out;
}

export function validateDraft(draft: Template): { valid: boolean; errors: FieldErrors } {
  const parsed = templateSchema.safeParse(draft);
  if (parsed.success) return { valid: true, errors: {} };
  const errors: FieldErrors = {};
  const add = (field: EditableField | 'form', message: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = FIELDS.includes(key) ? (key as EditableField) : null;
    if (issue.code === 'too_big') add(field ?? 'form', t('tplErrTooLong', Number(issue.maximum)));
    else if (field === 'title') add('title', t('tplErrTitle'));
    // Placeholder and empty-body issues are re-derived below with the variable names in them.
    else if ((field === 'body' || field === 'subject') && issue.code === 'custom') continue;
    else add(field ?? 'form', `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const message of placeholderErrors(draft.body)) add('body', message);
  if (draft.body.trim() === '') add('body', t('tplErrEmptyBody'));
  if (draft.subject) for (const message of placeholderErrors(draft.subject)) add('subject', message);
  // Never leave Save disabled without saying why.
  if (Object.keys(errors).length === 0) add('form', parsed.error.issues[0]?.message ?? 'invalid');
  return { valid: false, errors };
}
