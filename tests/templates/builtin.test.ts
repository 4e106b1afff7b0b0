// @vitest-environment node
import { BUILTIN_TEMPLATES, getBuiltinTemplate } from '../../lib/templates/builtin';
import { canInsert, renderTemplate } from '../../lib/templates/render';
import { MOMENTS, templateSchema } from '../../lib/templates/schema';
import { checkPlaceholders, SAMPLE_VALUES } from '../../lib/templates/variables';

describe('built-in templates', () => {
  it('has exactly one template per moment and language (20)', () => {
    expect(BUILTIN_TEMPLATES).toHaveLength(MOMENTS.length * 2);
    for (const moment of MOMENTS) {
      for (const language of ['ja', 'en'] as const) {
        expect(BUILTIN_TEMPLATES.filter((t) => t.moment === moment && t.language === language), `${moment}/${language}`).toHaveLength(1);
        expect(getBuiltinTemplate(moment, language).id).toBe(`builtin.${moment}.${language}`);
      }
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is valid, fully rendered with sample data', (_id, t) => {
    expect(templateSchema.safeParse(t).success).toBe(true);
    expect(checkPlaceholders(t.body)).toEqual({ unknown: [], malformed: false });
    const r = renderTemplate(t, SAMPLE_VALUES[t.language], { timeZone: 'Asia/Tokyo' });
    expect(r.unknown).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(canInsert(r)).toBe(true);
    expect(r.text).not.toContain('{{');
    expect(r.subject).toBeTruthy();
    expect(r.subject).not.toContain('{{');
    expect(r.text.startsWith(t.language === 'ja' ? '山田 太郎 様' : 'Dear Alex Smith,')).toBe(true);
  });

  it('after_interview says plainly that the answer has no effect on selection', () => {
    expect(getBuiltinTemplate('after_interview', 'ja').body).toMatch(/選考に影響することは一切ございません/);
    expect(getBuiltinTemplate('after_interview', 'en').body).toMatch(/no effect on the selection/);
  });

  it('decline hint proposes a call', () => {
    expect(getBuiltinTemplate('decline_hint_call', 'ja').body).toContain('電話');
    expect(getBuiltinTemplate('decline_hint_call', 'en').body).toContain('call');
  });

  it('quick answer thanks first and never guesses: the answer is a placeholder', () => {
    for (const lang of ['ja', 'en'] as const) {
      const body = getBuiltinTemplate('quick_answer', lang).body;
      const thanks = lang === 'ja' ? body.indexOf('ありがとうございます') : body.indexOf('Thank you');
      expect(thanks).toBeGreaterThan(-1);
      expect(thanks).toBeLessThan(body.indexOf('{{answer}}'));
    }
  });

  it.each([
    ['deferred_answer', 'nextInterviewDate'],
    ['post_decline_survey', 'surveyUrl'],
    ['introduce_colleague', 'colleagueName'],
    ['gap_reminder', 'nextInterviewDate'],
  ] as const)('%s uses {{%s}} in both languages', (moment, variable) => {
    expect(getBuiltinTemplate(moment, 'ja').body).toContain(`{{${variable}}}`);
    expect(getBuiltinTemplate(moment, 'en').body).toContain(`{{${variable}}}`);
  });

  it('is frozen, and getBuiltinTemplate returns a copy', () => {
    expect(Object.isFrozen(BUILTIN_TEMPLATES)).toBe(true);
    const copy = getBuiltinTemplate('after_interview', 'ja');
    copy.body = 'x';
    expect(getBuiltinTemplate('after_interview', 'ja').body).not.toBe('x');
  });
});
