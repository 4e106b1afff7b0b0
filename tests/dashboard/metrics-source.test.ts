import { getDb } from '../../lib/db/database';
import { updateCandidate } from '../../lib/db/edits';
import { ingestThread } from '../../lib/db/ingest-thread';
import { deleteEverything } from '../../lib/db/maintenance';
import { loadMetricsRows } from '../../lib/db/metrics-source';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { threadOpenRequest } from '../helpers/db';

afterEach(() => deleteEverything(getDb()));

describe('loadMetricsRows', () => {
  it('reads slim rows: no item texts, only the candidate mails', async () => {
    await ingestThread(getDb(), threadOpenSchema.parse(threadOpenRequest()));
    await updateCandidate(getDb(), { id: 'cand:taro.yamada@example.jp', patch: { stage: 'declined' } });
    const rows = await loadMetricsRows(getDb());
    expect(rows.items).toHaveLength(2);
    expect(Object.keys(rows.items[0]!).sort()).toEqual(['at', 'candidateId', 'category', 'kind', 'status']);
    expect(rows.messages).toHaveLength(1);
    expect(rows.messages[0]).toMatchObject({ fromCandidate: true, declineLevel: 'soft' });
    expect(rows.candidates[0]).toMatchObject({ stage: 'declined', owner: 'HR' });
    expect(rows.events).toEqual([expect.objectContaining({ kind: 'stage_changed', detail: { from: 'applied', to: 'declined' } })]);
  });
});
