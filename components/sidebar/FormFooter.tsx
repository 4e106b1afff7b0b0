import { t } from '../../lib/platform/i18n';

/** The error line and the submit/cancel pair every sidebar form ends with. */
export function FormFooter({ error, submitLabel, onCancel }: { error: string; submitLabel: string; onCancel: () => void }) {
  return (
    <>
      {error && (
        <p role="alert" className="m-0 text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="af-btn-primary">
          {submitLabel}
        </button>
        <button type="button" className="af-btn-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
