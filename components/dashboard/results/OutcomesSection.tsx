import { t } from '../../../lib/platform/i18n';
import { outcomeDate, type CandidateOutcome } from '../../../lib/metrics';
import { DataTable } from './DataTable';
import { formatDate } from './format';

/** Enough for a screen; the CSV export carries every candidate. */
const SHOWN = 100;

function surveyText(o: CandidateOutcome): string {
  if (o.surveyAnsweredAt !== null) return t('hrSurveyAnswered', formatDate(o.surveyAnsweredAt));
  if (o.surveyRequestedAt === null) return o.outcome === 'declined' ? t('hrSurveyNot') : '';
  return o.repliedAfterSurvey ? t('hrSurveyReplied') : t('hrSurveyRequested');
}

/** Records an answer (or takes a mistaken one back); the log cannot see the survey tool itself. */
export type MarkSurveyAnswered = (candidateId: string, answered: boolean) => void;

function SurveyCell({ o, onMark }: { o: CandidateOutcome; onMark?: MarkSurveyAnswered }) {
  const text = surveyText(o);
  const canMark = onMark && (o.outcome === 'declined' || o.surveyRequestedAt !== null);
  if (!canMark) return <>{text}</>;
  const answered = o.surveyAnsweredAt !== null;
  const label = answered ? t('hrUnmarkSurveyAnswered') : t('hrMarkSurveyAnswered');
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span>{text}</span>
      <button
        type="button"
        className="rounded border border-slate-400 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-100"
        aria-label={`${label}: ${t('hrSurveyFor', o.name)}`}
        onClick={() => onMark(o.candidateId, !answered)}
      >
        {label}
      </button>
    </span>
  );
}

export function OutcomesSection({ outcomes, onMarkSurvey }: { outcomes: CandidateOutcome[]; onMarkSurvey?: MarkSurveyAnswered }) {
  const rows = outcomes.slice(0, SHOWN).map((o) => [
    <bdi dir="auto">{o.name}</bdi>,
    <bdi dir="auto">{o.position}</bdi>,
    <bdi dir="auto">{o.owner}</bdi>,
    o.outcome ? t(`stage_${o.outcome}`) : t('hrOutcomeInSelection'),
    formatDate(o.offerAt),
    o.outcome === 'offer' ? '' : formatDate(outcomeDate(o)),
    <bdi dir="auto">{o.declineReason ?? ''}</bdi>,
    <SurveyCell o={o} onMark={onMarkSurvey} />,
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
