import { t } from '../../../lib/platform/i18n';
import type { InterviewerContribution } from '../../../lib/metrics';
import { DataTable } from './DataTable';
import { formatCount } from './format';

/** A table, not a chart: HR reads one person's line out when thanking them. */
export function ContributionSection({ rows }: { rows: InterviewerContribution[] }) {
  return (
    <section aria-labelledby="hr-contribution" className="mb-8">
      <h2 id="hr-contribution" className="mb-1 text-lg font-semibold">
        {t('hrContribution')}
      </h2>
      <p className="text-sm text-slate-700">{t('hrContributionNote')}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t('hrNone')}</p>
      ) : (
        <DataTable
          caption={t('hrContributionCaption')}
          head={[t('hrColInterviewer'), t('hrColInterviews'), t('hrColFollowUps'), t('hrColAnsweredAtInterview'), t('hrColAcceptedCandidates')]}
          rows={rows.map((r) => [<bdi dir="auto">{r.interviewer}</bdi>, formatCount(r.interviews), formatCount(r.followUps), formatCount(r.answeredAtInterview), formatCount(r.accepted)])}
        />
      )}
    </section>
  );
}
