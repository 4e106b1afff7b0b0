import { t } from '../../lib/platform/i18n';
import type { DeclineSummary } from './model';

export function DeclineAlert({
  decline,
  final,
  onProposeCall,
  onRequestSurvey,
  onDismiss,
  busy,
}: {
  decline: DeclineSummary;
  /** Recorded as the outcome or confirmed after the call: the only time the survey is offered. */
  final: boolean;
  onProposeCall: () => void;
  onRequestSurvey: () => void;
  /** "Not a decline hint": the recruiter corrects this browser's analyzer. */
  onDismiss?: () => void;
  busy: boolean;
}) {
  const hard = decline.level === 'hard';
  return (
    <section
      aria-labelledby="af-decline"
      className={'mb-3 rounded-lg border-2 p-2 ' + (hard ? 'border-red-600 bg-red-50' : 'border-orange-500 bg-orange-50')}
    >
      <h3 id="af-decline" className={'m-0 text-sm font-semibold ' + (hard ? 'text-red-800' : 'text-orange-900')}>
        {t('declineHeading')}: {t(`decline_${decline.level}`)}
      </h3>
      {decline.phrases.length > 0 && (
        <>
          <p className="m-0 mt-1 text-[11px] text-slate-600">{t('declinePhrasesLabel')}</p>
          <ul className="m-0 mb-2 list-disc pl-4">
            {decline.phrases.map((p, i) => (
              <li key={i}>
                <bdi dir="auto">{p}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="af-btn-primary" onClick={onProposeCall} disabled={busy}>
          {t('proposeCall')}
        </button>
        {final && (
          <button type="button" className="af-btn-secondary" onClick={onRequestSurvey} disabled={busy}>
            {t('requestSurvey')}
          </button>
        )}
        {onDismiss && (
          <button type="button" className="af-btn-secondary" onClick={onDismiss} disabled={busy}>
            {t('dismissHint')}
          </button>
        )}
      </div>
    </section>
  );
}
