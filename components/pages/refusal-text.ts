import type { RefusalReason } from '../../lib/export/parse-backup';
import { t, type MessageKey } from '../../lib/platform/i18n';

/** A refused backup's reason in the user's language (the English `error` is for scripts and logs). */
export function refusalText(reason: RefusalReason): string {
  return t(`hrImportErr_${reason.code}` satisfies MessageKey, ...reason.args);
}
