import { t } from '../../lib/platform/i18n';

/** The Save button and the status line that every settings form ends with. */
export function SaveFooter({ message, label }: { message: { text: string; error: boolean } | null; label?: string }) {
  return (
    <>
      <div>
        <button type="submit" className="rounded-md bg-teal-700 px-3 py-1.5 text-sm font-semibold text-white">
          {label ?? t('save')}
        </button>
      </div>
      <p role="status" className={message?.error ? 'text-red-700' : 'text-teal-800'}>
        {message?.text ?? ''}
      </p>
    </>
  );
}
