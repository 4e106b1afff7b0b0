// One-click replies the sidebar offers next to a decline hint (call proposal, survey request):
// the built-in template for the moment, filled from the candidate record and the settings.
import type { Language } from '../analysis/types';
import { getBuiltinTemplate } from './builtin';
import { renderTemplate, type RenderOptions, type RenderResult } from './render';
import type { Moment } from './schema';
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

/** Full result: check canInsert(result) and show result.missing before inserting. */
export function renderQuickReply(
  moment: Moment,
  language: Language,
  source: QuickReplySource,
  options: RenderOptions = {},
): RenderResult {
  return renderTemplate(getBuiltinTemplate(moment, language), quickReplyValues(source), { ...options, locale: language });
}

/**
 * Body text only. A value missing from the settings (e.g. no survey URL yet) stays visible as
 * "{{surveyUrl}}" in the text; callers that can show a message should use renderQuickReply and
 * refuse to insert when canInsert() is false.
 */
export function buildQuickReply(moment: Moment, language: Language, source: QuickReplySource): string {
  return renderQuickReply(moment, language, source).text;
}
