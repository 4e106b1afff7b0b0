// @vitest-environment node
import { canInsert, renderTemplate } from '../../lib/templates/render';
import { findVariables, formatCandidateName, formatInterviewDate, tokenize } from '../../lib/templates/variables';

const tpl = (body: string, language: 'ja' | 'en' = 'ja', subject?: string) => ({ body, language, subject });

describe('honorifics', () => {
  it.each([
    ['山田 太郎', '山田 太郎 様'],
    ['  山田 太郎  ', '山田 太郎 様'],
    ['山田様', '山田様'],
    ['山田 さま', '山田 さま'],
    ['太郎さん', '太郎さん'],
    ['人事部長殿', '人事部長殿'],
  ])('ja: %s → %s', (name, expected) => {
    expect(formatCandidateName(name, 'ja')).toBe(expected);
  });

  it('en uses the name as given, without a guessed title', () => {
    expect(formatCandidateName('Alex Smith', 'en')).toBe('Alex Smith');
    expect(renderTemplate(tpl('Dear {{candidateName}},', 'en'), { candidateName: 'Alex Smith' }).text).toBe('Dear Alex Smith,');
  });

  it('the locale option decides the honorific, not the template language', () => {
    expect(renderTemplate(tpl('{{candidateName}}', 'en'), { candidateName: '山田' }, { locale: 'ja' }).text).toBe('山田 様');
  });

  it('own-company names take no honorific', () => {
    const r = renderTemplate(tpl('{{recruiterName}}/{{interviewerName}}/{{colleagueName}}'), {
      recruiterName: '佐藤',
      interviewerName: '鈴木',
      colleagueName: '高橋',
    });
    expect(r.text).toBe('佐藤/鈴木/高橋');
  });
});

describe('interview date', () => {
  // 2026-11-27 is a Friday; 05:00Z = 14:00 in Tokyo.
  const at = new Date('2026-11-27T05:00:00Z');

  it('ja: month, day, weekday, 24h time', () => {
    expect(formatInterviewDate(at, 'ja', 'Asia/Tokyo')).toBe('11月27日(金) 14:00');
    expect(formatInterviewDate(new Date('2026-11-29T00:05:00Z'), 'ja', 'Asia/Tokyo')).toBe('11月29日(日) 9:05');
  });

  it('en: weekday, month, day, 12h time', () => {
    expect(formatInterviewDate(at, 'en', 'Asia/Tokyo')).toBe('Friday, November 27 at 2:00 PM');
    expect(formatInterviewDate(new Date('2026-11-27T03:00:00Z'), 'en', 'UTC')).toBe('Friday, November 27 at 3:00 AM');
    expect(formatInterviewDate(new Date('2026-11-27T00:00:00Z'), 'en', 'UTC')).toBe('Friday, November 27 at 12:00 AM');
    expect(formatInterviewDate(new Date('2026-11-27T12:30:00Z'), 'en', 'UTC')).toBe('Friday, November 27 at 12:30 PM');
  });

  it('uses the time zone: the same instant is a different day in New York', () => {
    expect(formatInterviewDate(new Date('2026-11-27T02:00:00Z'), 'ja', 'Asia/Tokyo')).toBe('11月27日(金) 11:00');
    expect(formatInterviewDate(new Date('2026-11-27T02:00:00Z'), 'ja', 'America/New_York')).toBe('11月26日(木) 21:00');
  });

  it('accepts Date, ISO string and epoch ms', () => {
    const body = tpl('{{nextInterviewDate}}');
    for (const value of [at, at.toISOString(), at.getTime()]) {
      expect(renderTemplate(body, { nextInterviewDate: value }, { timeZone: 'Asia/Tokyo' }).text).toBe('11月27日(金) 14:00');
    }
  });

  it('an invalid date counts as missing', () => {
    const r = renderTemplate(tpl('{{nextInterviewDate}}'), { nextInterviewDate: 'not a date' });
    expect(r.missing).toEqual(['nextInterviewDate']);
  });
});

describe('missing and unknown variables', () => {
  it('lists missing values, keeps a visible marker and refuses insertion', () => {
    const r = renderTemplate(tpl('{{candidateName}}\n{{ answer }} / {{surveyUrl}}', 'ja', '{{company}}'), {
      candidateName: '山田',
      answer: '   ',
      surveyUrl: null,
    });
    expect(r.missing).toEqual(['answer', 'surveyUrl', 'company']);
    expect(r.text).toBe('山田 様\n{{answer}} / {{surveyUrl}}');
    expect(r.subject).toBe('{{company}}');
    expect(canInsert(r)).toBe(false);
    expect(r.bodySegments.filter((s) => s.kind === 'var' && s.status === 'missing').map((s) => s.kind === 'var' && s.name)).toEqual([
      'answer',
      'surveyUrl',
    ]);
  });

  it('reports unknown names (templates that bypassed the schema) and refuses insertion', () => {
    const r = renderTemplate(tpl('{{candidateNmae}}'), { candidateName: 'x' });
    expect(r.unknown).toEqual(['candidateNmae']);
    expect(r.text).toBe('{{candidateNmae}}');
    expect(canInsert(r)).toBe(false);
  });

  it('is ready to insert when everything is filled', () => {
    const r = renderTemplate(tpl('{{position}}', 'en'), { position: 'SRE' });
    expect(r).toMatchObject({ text: 'SRE', missing: [], unknown: [] });
    expect(r.subject).toBeUndefined();
    expect(canInsert(r)).toBe(true);
  });

  it('inserts values verbatim: a value containing {{x}} is not expanded', () => {
    const r = renderTemplate(tpl('「{{question}}」'), { question: '{{surveyUrl}}は?', surveyUrl: 'https://secret' });
    expect(r.text).toBe('「{{surveyUrl}}は?」');
    expect(r.missing).toEqual([]);
  });
});

describe('findVariables', () => {
  it('finds distinct names in order, with optional inner spaces', () => {
    expect(findVariables('{{a}} {{ b }} {{a}} {{c_1}}')).toEqual(['a', 'b', 'c_1']);
  });

  it('treats non-placeholders as text', () => {
    expect(findVariables('{ {a}} {{}} {{1a}} {{a b}} {{a} {{{x}}}')).toEqual(['x']);
    expect(tokenize('{{ a b }}').some((t) => t.kind === 'malformed')).toBe(true);
    expect(tokenize('plain text').map((t) => t.kind)).toEqual(['text']);
  });

  it('runs in linear time on hostile input', () => {
    const hostile = '{{ '.repeat(100_000) + 'a'.repeat(100_000) + '{'.repeat(100_000);
    const start = performance.now();
    expect(findVariables(hostile)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
