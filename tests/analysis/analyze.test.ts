// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageAnalysis } from '../../lib/analysis/index';

const run = (body: string, subject = 'Re: 面接 interview'): MessageAnalysis =>
  analyzeMessage({ subject, body, from: { name: 'Cand', email: 'cand@example.com' } });

function expectOffsets(body: string, a: MessageAnalysis): void {
  for (const s of [...a.questions, ...a.anxieties, ...a.decline.phrases]) expect(body.slice(s.start, s.end)).toBe(s.text);
}

describe('questions', () => {
  it('Japanese without ？', () => {
    for (const s of ['リモートは可能でしょうか。', '残業はありますか。', '給与を教えていただけますか。', '評価制度についてお伺いしたく存じます。', '入社日について知りたいです。', '研修についてご教示ください。', '住宅手当を教えてください。']) {
      expect(run(s).questions.map((q) => q.text), s).toEqual([s]);
    }
  });
  it('not set phrases', () => {
    for (const s of ['よろしくお願いいたします。', 'ご確認のほどよろしくお願いします。', '何かあれば教えてください。', 'Please let me know if you need anything else.']) {
      expect(run(s).questions, s).toEqual([]);
    }
  });
  it('? and full-width ？, but not in URLs', () => {
    expect(run('Is remote OK? Thanks.').questions.map((q) => q.text)).toEqual(['Is remote OK?']);
    expect(run('リモートは可能？ありがとうございます。').questions.map((q) => q.text)).toEqual(['リモートは可能？']);
    expect(run('See https://x.com/a?b=1 for the interview.').questions).toEqual([]);
  });
  it('English indirect questions', () => {
    expect(run('I was wondering whether the bonus is guaranteed.').questions).toHaveLength(1);
    expect(run('Please let me know the next steps.').questions).toHaveLength(1);
  });
});

describe('anxieties', () => {
  it('finds worries with a category', () => {
    expect(run('残業が多いのではと不安です。').anxieties[0]!.category).toBe('workstyle');
    expect(run("I'm worried about the commute to the office.").anxieties[0]!.category).toBe('location');
    expect(run('年収が下がる点が気になっております。').anxieties[0]!.category).toBe('compensation');
  });
  it('negated or resolved worries are not anxieties', () => {
    for (const s of ['不安は特にありません。', '特に懸念点はございません。', '不安が解消されました。', 'I have no concerns.', "I'm not worried at all.", 'No worries!', 'ご心配をおかけしました。', "I'm afraid I can't make Monday."]) {
      expect(run(s).anxieties, s).toEqual([]);
    }
  });
  it('a sentence can be both a question and an anxiety', () => {
    const a = run('転勤の有無が気になっているのですが、教えていただけますでしょうか。');
    expect(a.questions).toHaveLength(1);
    expect(a.anxieties).toHaveLength(1);
  });
});

describe('decline', () => {
  it('hard', () => {
    for (const s of ['内定を辞退させていただきます。', '他社への入社を決めました。', 'I have decided to withdraw my application.', 'I accepted another offer.']) {
      expect(run(s).decline.level, s).toBe('hard');
    }
  });
  it('soft', () => {
    for (const s of ['他社からも内定をいただいております。', '少し考える時間をいただけますか。', '家族と相談します。', "I'm still weighing my options.", 'I need more time to think it over.']) {
      expect(run(s).decline.level, s).toBe('soft');
    }
  });
  it('negations and other-company declines are not signals', () => {
    for (const s of ['辞退するつもりはございません。', '選考を辞退する予定はございません。', '他社の内定は辞退しました。', 'I have no intention of withdrawing.', 'I am not considering other offers.', 'I declined the other offer.', '御社に決めました。']) {
      expect(run(s).decline.level, s).toBe('none');
    }
  });
  it('phrases are minimal and offsets exact', () => {
    const body = '山田様\n\n誠に勝手ながら、内定を辞退させていただきます。';
    const a = run(body);
    expect(a.decline.phrases.map((p) => p.text)).toEqual(['辞退させていただきます']);
    expectOffsets(body, a);
  });
  it('quoted 辞退 is ignored', () => {
    expect(run('承知しました。\n\n2026年11月20日(金) 10:00 山田 <y@x.jp>:\n> 辞退される場合はご連絡ください。').decline.level).toBe('none');
  });
});

describe('candidate and language', () => {
  it('non-candidate mails', () => {
    const sales = analyzeMessage({ subject: 'Re: Proposal', body: "Thanks for the proposal. We've decided to decline; the pricing is above our budget.", from: { name: 'Dana', email: 'dana@client.com' } });
    expect(sales.candidate).toBe(false);
    expect(sales.decline.level).toBe('none');
    const news = analyzeMessage({ subject: 'Recruiting Weekly', body: 'Why do candidates decline offers?\nUnsubscribe', from: { name: 'Digest', email: 'news@digest.com' } });
    expect(news.candidate).toBe(false);
    expect(news.questions).toEqual([]);
  });
  it('overrides: known candidate, outgoing mail', () => {
    const base = { subject: 'hi', body: 'See you.', from: { name: 'a', email: 'a@b.c' } };
    expect(analyzeMessage({ ...base, knownCandidate: true }).candidate).toBe(true);
    expect(analyzeMessage({ ...base, subject: 'Re: interview', fromCurrentUser: true }).candidate).toBe(false);
  });
  it('language', () => {
    expect(run('お世話になっております。面接の件、承知しました。').language).toBe('ja');
    expect(run('Thanks, see you Tuesday. 山田').language).toBe('en');
  });
});

describe('offsets survive HTML leftovers, CRLF and full-width text', () => {
  it('body.slice(start,end) === text', () => {
    const body = 'Hi&nbsp;Sarah,\r\n\r\nIs&nbsp;remote work possible?&nbsp;I am worried about the commute.\r\nリモートは可能でしょうか？\r\n';
    const a = run(body);
    expect(a.questions).toHaveLength(2);
    expect(a.anxieties).toHaveLength(1);
    expectOffsets(body, a);
  });
});
