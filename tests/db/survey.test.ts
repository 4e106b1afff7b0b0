import { setSurveyAnswered, surveyAnsweredId } from '../../lib/db/edits';
import { loadMetricsRows } from '../../lib/db/metrics-source';
import { freshDb } from '../helpers/db';

describe('survey answers', () => {
  it('records one answer per candidate however often it is marked, and can take it back', async () => {
    const db = freshDb();
    await setSurveyAnswered(db, 'cand:a', true, 1_000);
    await setSurveyAnswered(db, 'cand:a', true, 2_000);
    expect(await db.events.toArray()).toEqual([{ id: surveyAnsweredId('cand:a'), candidateId: 'cand:a', threadId: null, kind: 'survey_answered', at: 2_000, detail: {} }]);
    expect((await loadMetricsRows(db)).events.map((e) => e.kind)).toEqual(['survey_answered']);
    await setSurveyAnswered(db, 'cand:a', false);
    expect(await db.events.count()).toBe(0);
    db.close();
  });
});
