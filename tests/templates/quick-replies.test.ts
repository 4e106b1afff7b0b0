// @vitest-environment node
import { canInsert } from '../../lib/templates/render';
import { renderQuickReply } from '../../lib/templates/quick-replies';

const empty = { recruiterName: '', company: '', surveyUrl: '' };
const full = { recruiterName: '鈴木', company: '株式会社サンプル', surveyUrl: 'https://example.com/s' };
const candidate = { name: '山田 太郎', position: '' };

describe('quick replies', () => {
  it('proposes a call by email in Japanese even before the settings are filled in', () => {
    const r = renderQuickReply('decline_hint_call', 'ja', { candidate, settings: empty });
    expect(canInsert(r)).toBe(true);
    expect(r.text).toContain('山田 太郎 様');
    expect(r.text).toContain('電話');
    expect(r.text).toContain('採用担当です。');
    expect(r.text).not.toContain('{{');
  });

  it('uses the company and the recruiter name when they are set', () => {
    const r = renderQuickReply('decline_hint_call', 'ja', { candidate, settings: full });
    expect(r.text).toContain('株式会社サンプル採用担当の鈴木です。');
  });

  it('proposes a call in English with or without a sender name', () => {
    const bare = renderQuickReply('decline_hint_call', 'en', { candidate: { name: 'Alex Smith', position: '' }, settings: empty });
    expect(canInsert(bare)).toBe(true);
    expect(bare.text).toMatch(/May I call you about your selection status\?/);
    expect(bare.text.trimEnd().endsWith('Best regards')).toBe(true);
    const named = renderQuickReply('decline_hint_call', 'en', { candidate: { name: 'Alex Smith', position: '' }, settings: full });
    expect(named.text.trimEnd().endsWith('Best regards,\n鈴木')).toBe(true);
  });

  it('refuses the survey request until a survey URL is set', () => {
    const r = renderQuickReply('post_decline_survey', 'en', { candidate, settings: empty });
    expect(canInsert(r)).toBe(false);
    expect(r.missing).toEqual(['surveyUrl']);
    const ok = renderQuickReply('post_decline_survey', 'ja', { candidate, settings: full });
    expect(canInsert(ok)).toBe(true);
    expect(ok.text).toContain('このたびは選考に');
    expect(ok.text).toContain('https://example.com/s');
  });
});
