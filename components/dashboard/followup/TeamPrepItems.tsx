import { readTeamOfCandidate } from '../../../lib/db/access';
import { useLiveQuery } from '../../../lib/db/live';
import { t } from '../../../lib/platform/i18n';
import { groupTeam, teamItemsOf } from '../../../lib/sync/team-view';

/**
 * The prep sheet's team part (issue 18): this candidate's questions and worries as teammates
 * collected them (through team sync), each once, with who collected it. Nothing shows without team data.
 */
export function TeamPrepItems({ candidateId }: { candidateId: string }) {
  const items = useLiveQuery(async () => {
    const { me, docs } = await readTeamOfCandidate(candidateId);
    if (docs.length === 0) return [];
    const meName = t('scopeMe');
    return teamItemsOf(groupTeam({ name: meName, books: me }, docs), candidateId).filter((e) => e.by.some((name) => name !== meName));
  }, [candidateId]);
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby="prep-team" className="mt-3">
      <h4 id="prep-team" className="mb-1 font-semibold">
        {t('teamPrepTitle')}
      </h4>
      <ul className="m-0 pl-5 text-sm">
        {items.map(({ item, by }) => (
          <li key={item.id}>
            <span className="text-slate-600">
              ({t(`kind_${item.kind}`)} · {t(`category_${item.category}`)})
            </span>{' '}
            <bdi dir="auto">{item.text}</bdi> — {t(`status_${item.status}`)} · <span className="text-slate-600">{t('teamCollectedBy', by.join(', '))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
