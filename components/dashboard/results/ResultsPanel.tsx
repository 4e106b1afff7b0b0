import { useEffect, useMemo, useState } from 'react';
import { countTeamRows, markSurveyAnswered, readMetricsRows, readTeam } from '../../../lib/db/access';
import type { OwnBook, TeamPayload } from '../../../lib/sync/docs';
import { groupTeam, mergeBooks, metricsRowsOf, teamFigures, type Recruiter } from '../../../lib/sync/team-view';
import { RecruiterSelect, ScopeSwitch, TeamTable, type Scope } from './TeamScope';
import { t } from '../../../lib/platform/i18n';
import { computeResults, DEFAULT_MINUTES_PER_FOLLOW_UP, headline, indexRows, WINDOWS, type Headline, type MetricsRows, type WindowMonths } from '../../../lib/metrics';
import { HeadlineFigures } from './HeadlineFigures';
import { uplotChart, type ChartFactory } from './chart';
import { LatencyChart, QuestionsChart, RatesChart, ReactionChart, WorkloadChart } from './charts';
import { ContributionSection } from './ContributionSection';
import { OutcomesSection } from './OutcomesSection';
import { ResultsFilters, type ResultsChoice } from './ResultsFilters';

export interface ResultsPanelProps {
  /** Where the rows come from; tests pass fixtures. */
  load?: () => Promise<MetricsRows>;
  chart?: ChartFactory;
  now?: () => number;
  /** Records that a declined candidate answered the survey; tests pass a fake. */
  markSurvey?: (candidateId: string, answered: boolean) => Promise<void>;
  /** Team sync (issue 18): how many teammates' documents are here, and the team's books. */
  countTeam?: () => Promise<number>;
  loadTeam?: () => Promise<{ me: OwnBook[]; docs: TeamPayload[] }>;
}

const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

/**
 * HR's measured results. Rows are read once per visit (and on "Refresh"), not live: recomputing
 * 100,000 items on every background write would make the page stutter while HR reads it. Filter
 * changes recompute from the in-memory index only.
 */
export function ResultsPanel({
  load = () => readMetricsRows(),
  chart = uplotChart,
  now = Date.now,
  markSurvey = (candidateId, answered) => markSurveyAnswered(candidateId, answered),
  countTeam = () => countTeamRows(),
  loadTeam = () => readTeam(),
}: ResultsPanelProps) {
  const [ownRows, setRows] = useState<MetricsRows | null>(null);
  const [teamCount, setTeamCount] = useState(0);
  const [scope, setScope] = useState<Scope>('me');
  const [team, setTeam] = useState<Recruiter[] | null>(null);
  const [recruiter, setRecruiter] = useState('*');
  const [generation, setGeneration] = useState(0);
  const [choice, setChoice] = useState<ResultsChoice>({ windowMonths: 6, minutesPerFollowUp: DEFAULT_MINUTES_PER_FOLLOW_UP });
  useEffect(() => {
    let live = true;
    void load().then((r) => live && setRows(r));
    void countTeam().then((n) => live && setTeamCount(n), () => {});
    return () => {
      live = false;
    };
    // `load` is a default or a test fixture: reloading follows the Refresh button, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);
  useEffect(() => {
    if (scope !== 'team') return;
    let live = true;
    void loadTeam().then(({ me, docs }) => live && setTeam(groupTeam({ name: t('scopeMe'), books: me }, docs)));
    return () => {
      live = false;
    };
    // Reloaded with the Refresh button, like the own rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope, generation]);
  const figures = useMemo(() => (team ? teamFigures(team) : null), [team]);
  const rows = useMemo(() => {
    if (scope !== 'team') return ownRows;
    if (!team) return null;
    const one = team.find((r) => (r.user || 'me') === recruiter);
    return metricsRowsOf(recruiter === '*' || !one ? mergeBooks(team) : one.books);
  }, [scope, team, recruiter, ownRows]);
  const index = useMemo(() => (rows ? indexRows(rows) : null), [rows]);
  const results = useMemo(() => (index ? computeResults(index, { ...choice, now: now() }) : null), [index, choice, now]);
  // The headline figures use the same position/owner/stage, over each of the three periods.
  const byWindow = useMemo(() => {
    if (!index) return null;
    const at = now();
    return Object.fromEntries(
      WINDOWS.map((w) => [w, headline(w === choice.windowMonths && results ? results : computeResults(index, { ...choice, windowMonths: w, now: at }))]),
    ) as Record<WindowMonths, Headline>;
  }, [index, choice, now, results]);
  const scopeSwitch = teamCount > 0 && <ScopeSwitch value={scope} onChange={setScope} name="results-scope" />;
  if (!rows || !results || !byWindow)
    return (
      <div>
        {scopeSwitch}
        <p role="status">{t('hrLoading')}</p>
      </div>
    );
  return (
    <div>
      {scopeSwitch}
      {scope === 'team' && team && figures && (
        <div className="mb-4">
          <RecruiterSelect recruiters={team} value={recruiter} onChange={setRecruiter} />
          <TeamTable rows={figures.rows} total={figures.total} />
        </div>
      )}
      <div className="flex items-start justify-between gap-3">
        <ResultsFilters value={choice} positions={distinct(rows.candidates.map((c) => c.position))} owners={distinct(rows.candidates.map((c) => c.owner))} onChange={setChoice} />
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm whitespace-nowrap" onClick={() => setGeneration((g) => g + 1)}>
          {t('hrRefresh')}
        </button>
      </div>
      <HeadlineFigures byWindow={byWindow} />
      <OutcomesSection outcomes={results.outcomes} onMarkSurvey={(id, answered) => void markSurvey(id, answered).then(() => setGeneration((g) => g + 1))} />
      <RatesChart data={results.monthly} chart={chart} />
      <LatencyChart data={results.latency} chart={chart} />
      <ReactionChart data={results.reaction} chart={chart} />
      <QuestionsChart data={results.questions} chart={chart} />
      <WorkloadChart data={results.workload} chart={chart} minutes={choice.minutesPerFollowUp} />
      <ContributionSection rows={results.contribution} />
    </div>
  );
}
