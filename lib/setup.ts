// The settings the first-run welcome asks for, and where in Options each one is set. Pure: the
// dashboard and options link to these anchors, and the sidebar can too (options.html#settings-<field>).
import type { Settings } from './records';

export const SETUP_FIELDS = ['recruiterName', 'company', 'signature', 'surveyUrl', 'timeZone', 'workingHours'] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];

/** The fields mails cannot do without: templates leave them out (or, for the survey, cannot be sent). */
export const NEEDED_FIELDS = ['recruiterName', 'company', 'surveyUrl'] as const satisfies readonly (keyof Settings & SetupField)[];
export type NeededField = (typeof NEEDED_FIELDS)[number];

/** The welcome section of the options page (opened once on install). */
export const WELCOME_PATH = '/options.html#welcome';
export const fieldAnchor = (field: SetupField) => `settings-${field}`;
/** The options page scrolled to one setting, its input focused. */
export const settingPath = (field: SetupField) => `/options.html#${fieldAnchor(field)}`;

export function missingSettings(s: Pick<Settings, NeededField>): NeededField[] {
  return NEEDED_FIELDS.filter((f) => !s[f].trim());
}
