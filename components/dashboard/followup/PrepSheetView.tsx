import { useState } from 'react';
import { changeItem, readPrepSheet } from '../../../lib/db/access';
import { useLiveQuery } from '../../../lib/db/live';
import { formatDateTime, t } from '../../../lib/platform/i18n';
import { groupByCategory, prepSheetText } from '../../../lib/prep-sheet-text';
import type { Item } from '../../../lib/records';
import type { DashboardPorts } from '../ports';
import { TeamPrepItems } from './TeamPrepItems';

/** What the field interviewer reads before the interview, and ticks off during it. */
export function PrepSheetView({ candidateId, ports }: { candidateId: string; ports: DashboardPorts }) {
  const sheet = useLiveQuery(() => readPrepSheet(candidateId, Date.now()), [candidateId]);
  const [status, setStatus] = useState('');
  if (!sheet) return null;
  const risk = sheet.declineRisk;
  const notes = sheet.interviewNotes.map((n) => ({ ...n, label: [formatDateTime(n.at), t(`stage_${n.stage}`), ...n.interviewers].join(' · ') }));
  const text = () =>
    prepSheetText(
      {
        candidateName: sheet.candidate.name,
        nextInterview: formatDateTime(sheet.nextInterviewAt),
        toAnswer: sheet.toAnswer,
        answered: sheet.answered,
        declineRisk: risk,
        notes,
      },
      {
        declineRisk: (level) => `${t('declineHeading')}: ${t(`decline_${level}`)}`,
        notes: t('interviewNotes'),
        title: t('prepTitle'),
        nextInterview: t('fieldNextInterview'),
        toAnswer: t('prepToAnswer'),
        answered: t('prepAnswered'),
        category: (c) => t(`category_${c}`),
        kind: (k) => t(`kind_${k}`),
        status: (s) => t(`status_${s}`),
      },
    );
  const tick = (item: Item, done: boolean) => void changeItem({ id: item.id, candidateId: item.candidateId, status: done ? 'answered_at_interview' : 'deferred' });
  return (
    <section aria-labelledby="prep-title" className="mt-4 rounded-lg border border-slate-300 p-4 print:border-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="prep-title" className="m-0 text-lg font-semibold">
          <span className="whitespace-nowrap">{t('prepTitle')}</span>: <bdi dir="auto">{sheet.candidate.name}</bdi>
        </h3>
        <div className="flex gap-2 print:hidden">
          <button
            type="button"
            className="rounded border px-2 py-1 text-sm"
            onClick={() => void ports.copy(text()).then(() => setStatus(t('prepCopied')), (e: Error) => setStatus(e.message))}
          >
            {t('prepCopy')}
          </button>
          <button type="button" className="rounded border px-2 py-1 text-sm" onClick={ports.print}>
            {t('prepPrint')}
          </button>
        </div>
      </div>
      <p className="m-0 text-sm text-slate-600">
        {t('fieldNextInterview')}: {formatDateTime(sheet.nextInterviewAt)}
      </p>
      <p role="status" className="m-0 text-sm text-teal-800">
        {status}
      </p>
      {risk.level !== 'none' && (
        <section aria-labelledby="prep-risk" className={'mt-3 rounded border-2 p-2 ' + (risk.level === 'hard' ? 'border-red-600 bg-red-50' : 'border-orange-500 bg-orange-50')}>
          <h4 id="prep-risk" className="m-0 text-sm font-semibold">
            {t('declineHeading')}: {t(`decline_${risk.level}`)}
          </h4>
          {risk.phrases.length > 0 && (
            <ul className="m-0 mt-1 pl-5 text-sm" aria-label={t('declinePhrasesLabel')}>
              {risk.phrases.map((p) => (
                <li key={p}>
                  <bdi dir="auto">{p}</bdi>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <h4 className="mb-1 mt-3 font-semibold">{t('prepToAnswer')}</h4>
      {sheet.toAnswer.length === 0 && <p className="m-0 text-sm text-slate-600">{t('prepNothing')}</p>}
      {groupByCategory(sheet.toAnswer).map(([category, items]) => (
        <fieldset key={category} className="mb-2 rounded border border-amber-300 bg-amber-50 p-2">
          <legend className="px-1 text-sm font-semibold">{t(`category_${category}`)}</legend>
          {items.map((i) => (
            <label key={i.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={i.status === 'answered_at_interview'} onChange={(e) => tick(i, e.target.checked)} />
              <span>
                <span className="text-slate-600">({t(`kind_${i.kind}`)})</span> <bdi dir="auto">{i.text}</bdi>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {sheet.answered.length > 0 && (
        <>
          <h4 className="mb-1 mt-3 font-semibold">{t('prepAnswered')}</h4>
          <ul className="m-0 pl-5 text-sm">
            {sheet.answered.map((i) => (
              <li key={i.id}>
                <bdi dir="auto">{i.text}</bdi> — {t(`status_${i.status}`)}
                {i.status === 'answered_at_interview' && (
                  <button type="button" className="ml-2 text-xs underline print:hidden" onClick={() => tick(i, false)}>
                    {t('prepUndoTick')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h4 className="mb-1 mt-3 font-semibold">{t('interviewNotes')}</h4>
          {notes.map((n) => (
            <div key={n.interviewId} className="mb-2 text-sm">
              <p className="m-0 text-slate-600">{n.label}</p>
              <p className="m-0 whitespace-pre-wrap break-words">
                <bdi dir="auto">{n.notes}</bdi>
              </p>
            </div>
          ))}
        </>
      )}
      <TeamPrepItems candidateId={candidateId} />
    </section>
  );
}
