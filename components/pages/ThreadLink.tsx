import { isMailPageUrl } from '../../lib/hosts';
import { t } from '../../lib/platform/i18n';

/**
 * Back to the conversation in the mail client, in a new tab. Only an https address on a mail host
 * becomes a link: the stored URL came from a page report or a teammate's backup.
 */
export function ThreadLink({ url, name }: { url: string | undefined; name: string }) {
  if (!url || !isMailPageUrl(url)) return null;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="whitespace-nowrap text-teal-800 underline" aria-label={t('openThreadOf', name)} data-thread-link="">
      {t('openThread')}
    </a>
  );
}
