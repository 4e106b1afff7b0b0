import { t } from '../../../lib/i18n';
import { outcomeDate, type CandidateOutcome } from '../../../lib/metrics';
import { DataTable } from './DataTable';
import { formatDate } from './format';

/** Enough for a screen; the CSV export carries every candidate. */
const SHOWN = 100;

function survey(o: CandidateOutcome): string {
  if (o.surveyRequestedAt === null) return o.outcome === 'declined' ? t('hrSurveyNot') : '';
  return o.repliedAfterSurvey ? t('hrSurveyReplied') : t('hrSurveyRequested');
}

export function OutcomesSection({ outcomes }: { outcomes: CandidateOutcome[] }) {
  const rows = outcomes.slice(0, SHOWN).map((o) => [
    <bdi dir="auto">{o.name}</bdi>,
    <bdi dir="auto">{o.position}</bdi>,
    <bdi dir="auto">{o.owner}</bdi>,
    o.outcome ? t(`stage_${o.outcome}`) : t('hrOutcomeInSelection'),
    formatDate(o.offerAt),
    o.outcome === 'offer' ? '' : formatDate(outcomeDate(o)),
    <bdi dir="auto">{o.declineReason ?? ''}</bdi>,
    survey(o),
  ]);
  return (
    <section aria-labelledby="hr-outcomes" className="mb-8">
      <h2 id="hr-outcomes" className="mb-1 text-lg font-semibold">
        {t('hrOutcomes')}
      </h2>
      {outcomes.length === 0 ? (
        <p className="text-sm text-slate-600">{t('hrNone')}</p>
      ) : (
        <>
          {outcomes.length > SHOWN && <p className="text-sm text-slate-600">{t('hrOutcomesShown', SHOWN, outcomes.length)}</p>}
          <DataTable
            caption={t('hrOutcomesCaption')}
            head={[t('hrColCandidate'), t('fieldPosition'), t('filterOwner'), t('hrColOutcome'), t('hrColOfferDate'), t('hrColDecisionDate'), t('hrColReason'), t('hrColSurvey')]}
            rows={rows}
          />
        </>
      )}
    </section>
  );
}
