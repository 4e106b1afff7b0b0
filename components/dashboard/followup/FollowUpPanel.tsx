import { useState } from 'react';
import { countTeamRows, readBoard, readTeamBoard, readThreadLinks } from '../../../lib/db/access';
import { ScopeSwitch, type Scope } from '../results/TeamScope';
import { TeamPrepItems } from './TeamPrepItems';
import { ThreadLink } from '../../pages/ThreadLink';
import { useLiveQuery } from '../../../lib/db/live';
import { t, tn } from '../../../lib/platform/i18n';
import type { PriorityReason } from '../../../lib/schedule/priority';
import type { DashboardPorts } from '../ports';
import { PrepSheetView } from './PrepSheetView';
import { PriorityRulesEditor } from './PriorityRulesEditor';

/** Counted reasons go through the plural rules ("1 follow-up overdue"). */
function reasonText(r: PriorityReason): string {
  if (r.key === 'priorityOverdue' || r.key === 'priorityDueSoon') return tn(r.key, Number(r.subs[0]));
  return t(r.key, ...r.subs);
}

/** Who to follow up first (overdue, decline risk, final stage, team rules), and each one's prep sheet. */
export function FollowUpPanel(ports: DashboardPorts) {
  const [scope, setScope] = useState<Scope>('me');
  const teamCount = useLiveQuery(() => countTeamRows(), []);
  const meName = t('scopeMe');
  // The team board (issue 18): everyone's open candidates, with who holds them.
  const board = useLiveQuery(
    (): Promise<Array<Awaited<ReturnType<typeof readBoard>>[number] & { recruiters?: string[] }>> => (scope === 'team' ? readTeamBoard(Date.now(), meName) : readBoard(Date.now())),
    [scope, meName],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const selectedRow = board?.find((row) => row.candidateId === selected);
  const mine = !selectedRow?.recruiters || selectedRow.recruiters.includes(meName);
  const ids = (board ?? []).map((row) => row.candidateId).join('\n');
  const links = useLiveQuery(() => (ids ? readThreadLinks({ candidateIds: ids.split('\n') }) : undefined), [ids]);
  return (
    <div>
      <h2 className="mb-2 text-lg font-semibold print:hidden">{t('boardTitle')}</h2>
      {(teamCount ?? 0) > 0 && (
        <div className="mb-2 print:hidden">
          <ScopeSwitch value={scope} onChange={setScope} name="board-scope" />
        </div>
      )}
      {board && board.length === 0 && <p className="text-slate-600">{t('boardEmpty')}</p>}
      {board && board.length > 0 && (
        <table className="w-full border-collapse text-left text-sm print:hidden">
          <thead className="bg-slate-100">
            <tr>
              {[t('columnCandidate'), ...(scope === 'team' ? [t('teamRecruiter')] : []), t('fieldPosition'), t('fieldStage'), t('boardOverdue'), t('boardWhy'), t('columnThread'), t('columnActions')].map((h, i, all) => (
                <th key={i} scope="col" className="border-b border-slate-300 px-2 py-1.5">
                  {i === all.length - 1 ? <span className="sr-only">{h}</span> : h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {board.map((row) => (
              <tr key={row.candidateId} data-candidate-id={row.candidateId} className={row.candidateId === selected ? 'bg-teal-50' : ''}>
                <td className="border-b border-slate-200 px-2 py-1">
                  <bdi dir="auto">{row.candidate.name}</bdi>
                </td>
                {scope === 'team' && <td className="border-b border-slate-200 px-2 py-1">{(row.recruiters ?? []).join(', ')}</td>}
                <td className="border-b border-slate-200 px-2 py-1">
                  <bdi dir="auto">{row.position}</bdi>
                </td>
                <td className="border-b border-slate-200 px-2 py-1">{t(`stage_${row.stage}`)}</td>
                <td className="border-b border-slate-200 px-2 py-1">{row.dueItems.filter((d) => !d.done && d.dueAt <= Date.now()).length}</td>
                <td className="border-b border-slate-200 px-2 py-1">{row.reasons.map(reasonText).join(' · ')}</td>
                <td className="border-b border-slate-200 px-2 py-1">
                  <ThreadLink url={links?.byCandidate[row.candidateId]} name={row.candidate.name} />
                </td>
                <td className="border-b border-slate-200 px-2 py-1">
                  <button type="button" className="rounded border px-2 py-0.5 text-xs whitespace-nowrap" aria-pressed={row.candidateId === selected} onClick={() => setSelected(row.candidateId)}>
                    {t('prepOpen')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && mine && <PrepSheetView candidateId={selected} ports={ports} />}
      {selected && !mine && selectedRow && (
        <section aria-labelledby="prep-title" className="mt-4 rounded-lg border border-slate-300 p-4">
          <h3 id="prep-title" className="m-0 text-lg font-semibold">
            <span className="whitespace-nowrap">{t('prepTitle')}</span>: <bdi dir="auto">{selectedRow.candidate.name}</bdi>
          </h3>
          <TeamPrepItems candidateId={selected} />
        </section>
      )}
      <PriorityRulesEditor />
    </div>
  );
}
