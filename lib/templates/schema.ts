// Shapes of templates and of the JSON template set HR hands to every interviewer, with the import
// parser. An import is all-or-nothing: the first problem rejects the whole file with a message
// that names the field ("templates[3].body: Required"), so nothing is ever half-imported.
import { z } from 'zod';
import { isoEditClockSchema } from '../date-bounds';
import { readEnvelope, refusal, type BackupRefusal } from '../import-envelope';
import { formatPath } from '../safe-json';
import { checkPlaceholders } from './variables';

/** The moments of the follow-up method, in the order they usually happen. */
export const MOMENTS = [
  'before_interview',
  'after_interview',
  'quick_answer',
  'deferred_answer',
  'gap_reminder',
  'introduce_colleague',
  'decline_hint_call',
  'final_stage_speedup',
  'offer_follow_up',
  'post_decline_survey',
] as const;
export const momentSchema = z.enum(MOMENTS);
export type Moment = z.infer<typeof momentSchema>;

export const TEMPLATE_LANGUAGES = ['ja', 'en'] as const;
export const templateLanguageSchema = z.enum(TEMPLATE_LANGUAGES);
export type TemplateLanguage = z.infer<typeof templateLanguageSchema>;

/** Built-in ids are stable so a team's edit of a built-in can be matched and restored. */
export function builtinId(moment: Moment, language: TemplateLanguage): string {
  return `builtin.${moment}.${language}`;
}

export const TEMPLATE_LIMITS = {
  id: 200,
  title: 200,
  subject: 500,
  body: 20_000,
  templates: 1_000,
  /** Whole import file, in UTF-8 bytes. */
  fileBytes: 1024 * 1024,
} as const;

/** Rejects unknown {{names}} and stray "{{" so a typo never reaches a candidate. */
function placeholderText(max: number) {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const { unknown, malformed } = checkPlaceholders(text);
      for (const name of unknown) ctx.addIssue({ code: 'custom', message: `unknown variable {{${name}}}` });
      if (malformed) ctx.addIssue({ code: 'custom', message: '"{{" that does not form a {{variable}}' });
    });
}

export const templateSchema = z
  .strictObject({
    id: z.string().trim().min(1).max(TEMPLATE_LIMITS.id),
    moment: momentSchema,
    language: templateLanguageSchema,
    title: z.string().trim().min(1).max(TEMPLATE_LIMITS.title),
    subject: placeholderText(TEMPLATE_LIMITS.subject).optional(),
    body: placeholderText(TEMPLATE_LIMITS.body).refine((b) => b.trim() !== '', 'empty body'),
    /** True only for the shipped text, untouched. A team's edit is stored with builtin: false. */
    builtin: z.boolean(),
    updatedAt: isoEditClockSchema,
  })
  .superRefine((t, ctx) => {
    if (t.builtin && t.id !== builtinId(t.moment, t.language)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `a built-in template must have id "${builtinId(t.moment, t.language)}"` });
    }
  });
export type Template = z.infer<typeof templateSchema>;

export const TEMPLATE_SET_FORMAT = 'afterfollow-templates';
export const TEMPLATE_SET_VERSION = 1;

export const templateSetSchema = z
  .strictObject({
    format: z.literal(TEMPLATE_SET_FORMAT),
    version: z.literal(TEMPLATE_SET_VERSION),
    exportedAt: isoEditClockSchema,
    templates: z.array(templateSchema).max(TEMPLATE_LIMITS.templates),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.templates.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `duplicate id "${t.id}"` });
      seen.add(t.id);
    });
  });
export type TemplateSet = z.infer<typeof templateSetSchema>;

export type ParseTemplateSetResult =
  | { ok: true; set: TemplateSet }
  /** error: the first problem, for a one-line message; issues: all of them; reason: for the UI. */
  | BackupRefusal;

export { formatPath } from '../safe-json';

/** Size, nesting, JSON syntax, forbidden keys, format and version (one envelope check), then the full schema. */
export function parseTemplateSet(jsonText: string): ParseTemplateSetResult {
  const envelope = readEnvelope(jsonText, {
    maxBytes: TEMPLATE_LIMITS.fileBytes,
    // A set nests 3 deep (root, templates, template): anything far deeper is hostile.
    maxDepth: 16,
    format: TEMPLATE_SET_FORMAT,
    versions: [TEMPLATE_SET_VERSION],
    notOurs: 'notTemplateSet',
  });
  if (!envelope.ok) return envelope;
  const data = envelope.data;
  // Zod 4 says "expected string, received undefined"; "Required" is what a person understands.
  const parsed = templateSetSchema.safeParse(data, {
    error: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'Required' : undefined),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((iss) => `${formatPath(iss.path) || '(root)'}: ${iss.message}`);
    const first = issues[0] ?? 'invalid template set';
    return refusal({ code: 'invalid', args: [first] }, first, issues);
  }
  return { ok: true, set: parsed.data };
}

/** The export counterpart: a set that parseTemplateSet accepts back. */
export function createTemplateSet(templates: readonly Template[], now: Date = new Date()): TemplateSet {
  return { format: TEMPLATE_SET_FORMAT, version: TEMPLATE_SET_VERSION, exportedAt: now.toISOString(), templates: [...templates] };
}

export function serializeTemplateSet(set: TemplateSet): string {
  return JSON.stringify(set, null, 2);
}
