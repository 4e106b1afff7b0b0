// One-click replies the sidebar offers next to a decline hint (call proposal, survey request):
// the built-in template for the moment, filled from the candidate record and the settings.
// A reply to a wavering candidate cannot wait for the settings page, so sender-side details the
// recruiter has not set yet (company, own name, position) fall back to wording that needs none.
// Anything else missing (the survey URL) blocks insertion: check canInsert() first.
import type { Language } from '../analysis/types';
import { getBuiltinTemplate } from './builtin';
import { renderTemplate, type RenderOptions, type RenderResult } from './render';
import type { Moment, Template } from './schema';
import type { TemplateValues } from './variables';

export interface QuickReplySource {
  candidate: { name: string; position: string };
  settings: { recruiterName: string; company: string; surveyUrl: string };
}

export function quickReplyValues({ candidate, settings }: QuickReplySource): TemplateValues {
  return {
    candidateName: candidate.name,
    position: candidate.position,
    company: settings.company,
    recruiterName: settings.recruiterName,
    surveyUrl: settings.surveyUrl,
  };
}

type Has = (name: 'company' | 'recruiterName' | 'position') => boolean;

/** [text in a built-in, replacement when the named values are missing]; first match wins per text. */
const FALLBACKS: { text: string; needs: ('company' | 'recruiterName' | 'position')[]; replace: (has: Has) => string }[] = [
  {
    text: '{{company}}採用担当の{{recruiterName}}です。',
    needs: ['company', 'recruiterName'],
    replace: (has) => (has('company') ? '{{company}}採用担当です。' : has('recruiterName') ? '採用担当の{{recruiterName}}です。' : '採用担当です。'),
  },
  { text: '（{{company}}）', needs: ['company'], replace: () => '' },
  { text: 'このたびは{{position}}の選考に', needs: ['position'], replace: () => 'このたびは選考に' },
  { text: '\n\nBest regards,\n{{recruiterName}}', needs: ['recruiterName'], replace: () => '\n\nBest regards' },
  { text: 'Thank you for considering {{company}}', needs: ['company'], replace: () => 'Thank you for considering us' },
  { text: 'during the {{position}} process', needs: ['position'], replace: () => 'during the selection process' },
];

function withFallbacks(text: string, has: Has): string {
  let out = text;
  for (const f of FALLBACKS) {
    if (f.needs.every(has)) continue;
    out = out.split(f.text).join(f.replace(has));
  }
  return out;
}

/** Renders any template, with the sender-side fallbacks above for values not set yet. */
export function renderWithFallbacks(template: Template, values: TemplateValues, options: RenderOptions = {}): RenderResult {
  const has: Has = (name) => typeof values[name] === 'string' && !!values[name]!.trim();
  const adapted = {
    ...template,
    body: withFallbacks(template.body, has),
    subject: template.subject === undefined ? undefined : withFallbacks(template.subject, has),
  };
  return renderTemplate(adapted, values, options);
}

/** Full result: check canInsert(result) and show result.missing before inserting. */
export function renderQuickReply(moment: Moment, language: Language, source: QuickReplySource, options: RenderOptions = {}): RenderResult {
  return renderWithFallbacks(getBuiltinTemplate(moment, language), quickReplyValues(source), { ...options, locale: language });
}
