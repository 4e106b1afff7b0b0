// @vitest-environment node
// Rules added after the fresh corpus (2026-11-25); sentences here are new, not copied from it.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageAnalysis } from '../../lib/analysis/index';

const run = (body: string, subject = 'Re: Interview'): MessageAnalysis => analyzeMessage({ subject, body, from: { name: 'Cand', email: 'cand@example.com' } });

describe('rules from the fresh corpus', () => {
  it.each([
    ['Automatic reply: Re: Interview next week', 'I am out of the office until 2 December with limited access to email. For urgent matters about the role, contact my colleague.'],
    ['自動応答: 面接日程について', '誠に申し訳ございませんが、12月1日まで不在にしております。面接に関するお急ぎのご用件は代表アドレスまでご連絡ください。'],
  ])('automatic replies are not candidate mail (%s)', (subject, body) => {
    expect(run(body, subject).candidate).toBe(false);
  });

  it('an agency reporting on a candidate in the third person is not the candidate', () => {
    const body = 'いつもお世話になっております。ご推薦しておりました山本様より、選考辞退のご連絡がありました。ご本人によると、現職に残ることにしたとのことです。';
    expect(run(body, '【ご報告】選考辞退について').candidate).toBe(false);
  });

  it.each([
    ["After a long talk with my manager, I've decided to remain in my current position.", 'hard'],
    ["I'm sorry, but I won't be continuing with the process.", 'hard'],
    ['Honestly, I am leaning toward another offer at the moment.', 'soft'],
    ["I haven't made a final decision yet, so please bear with me.", 'soft'],
    ['The on-site requirement might be a dealbreaker for me.', 'soft'],
    ['条件面について、少し考えさせていただきたく存じます。', 'soft'],
    ['まだ気持ちが固まっておらず、もう少しお時間をいただけますと幸いです。', 'soft'],
  ])('decline hint: %s → %s', (body, level) => {
    expect(run(`Thank you for the interview and the offer.\n${body}`).decline.level).toBe(level);
  });

  it('announcing questions is not a question; the questions that follow are', () => {
    const body = '面接ありがとうございました。\n配属について伺いたいことがございます。\n配属先は入社後に決まるのでしょうか。';
    expect(run(body, 'Re: 面接のお礼').questions.map((q) => q.text)).toEqual(['配属先は入社後に決まるのでしょうか。']);
  });

  it.each([["I'd like to understand how the annual bonus is calculated."], ["I'm also wondering whether the team works across time zones."], ["I'd also like to know when the probation period ends."]])(
    'English indirect question: %s',
    (sentence) => {
      expect(run(`Thanks for the interview yesterday.\n${sentence}`).questions.map((q) => q.text)).toEqual([sentence]);
    },
  );

  it('asking permission is a question, not a worry; needing reassurance first is a worry', () => {
    const permission = run('面接のお礼です。\n当日は資料を画面共有しても問題ないでしょうか。', 'Re: 面接');
    expect(permission.questions).toHaveLength(1);
    expect(permission.anxieties).toEqual([]);
    const reassurance = run("Thanks for the interview.\nI'd feel more comfortable if I could meet the team lead before deciding.");
    expect(reassurance.anxieties).toHaveLength(1);
  });

  it('meetings after hours across time zones are a working-hours worry', () => {
    const a = run('面接ありがとうございました。\n海外とのやり取りで夕方以降の会議が続くのではと不安です。', 'Re: 面接');
    expect(a.anxieties.map((x) => x.category)).toEqual(['workstyle']);
  });
});

describe('rules from the second fresh corpus', () => {
  it.each([
    ['1. Is there an on-call rotation for this role', true],
    ['The relocation form asks for a move date - can I leave it blank for now', true],
    ['This is it for my questions, thank you.', false],
    ['What a great team you have.', false],
  ])('question word order at a clause start without "?": %s', (sentence, isQuestion) => {
    expect(run(`Thanks for the interview.\n${sentence}`).questions.map((q) => q.text)).toEqual(isQuestion ? [sentence.replace(/^1\. /, '')] : []);
  });

  it('Japanese list items and announcements', () => {
    const body = '面接ありがとうございました。\n準備にあたり、いくつか教えてください。\n・当日は英語での面接になる可能性があるか\n・服装の指定\n差し支えなければ、平均の残業時間もお教えください。';
    expect(run(body, 'Re: 面接').questions.map((q) => q.text)).toEqual(['当日は英語での面接になる可能性があるか', '差し支えなければ、平均の残業時間もお教えください。']);
  });

  it.each([
    ['面接ありがとうございました。\n転職回数が多いことで、選考で不利にならないでしょうか。'],
    ['Thanks for the call.\nI start a course in March. Would that be a problem for the probation review?'],
    ["Thanks for the offer.\nI'd hate for it to look like I'm negotiating too hard."],
  ])('worry: %s', (body) => {
    expect(run(body).anxieties).toHaveLength(1);
  });

  it.each([
    ['Invitation: Final interview @ Thu 26 Nov 2026', 'You have been invited to the following event.\nJoin with Google Meet: meet.example.com/abc\nInvitation from Google Calendar'],
    ['【採用マガジン】内定を取るコツ', '今月の特集: 面接で年収を聞いてもいい？\n内定辞退の伝え方も解説します。\n配信停止はこちら'],
    ['Feedback: Priya (backend)', 'Strong hire from me. Her system design interview was the best this quarter; I would move her forward to the final round.'],
  ])('not a candidate: %s', (subject, body) => {
    expect(run(body, subject).candidate).toBe(false);
  });

  it.each([
    ['実は別の会社からもお話をいただいており、少し迷っております。'],
    ['I have a final round with a healthcare startup next week.'],
    ["I'd rather not commit to either until both processes finish."],
  ])('soft decline hint: %s', (sentence) => {
    expect(run(`Thank you for the interview.\n${sentence}`).decline.level).toBe('soft');
  });
});

describe('recruiting-heavy mail not written by a candidate (hard negatives)', () => {
  it.each([
    [
      '内定のご通知',
      '山本 様\n\n先日は最終面接にお越しいただき、ありがとうございました。選考の結果、採用内定となりましたのでご通知いたします。\n想定年収: 650万円(月給40万円、賞与年2回)\n勤務地: 本社\n入社予定日: 2027年2月1日\n試用期間: 3か月\nご入社に向けた書類は別途お送りします。',
    ],
    [
      'Your offer from Example Labs',
      'Hi Sam,\n\nOn behalf of the whole team, I am delighted to offer you the Data Engineer role. Base salary $150,000, bonus 10%, equity 2,000 RSUs, start date January 11. Your first day starts at 9:30; please sign the offer letter by Friday.',
    ],
    [
      '[HireHub] 候補者のステータスが更新されました',
      '候補者: 佐藤 花子\n求人: 経理(中途)\n変更後: 最終面接\n入社予定日: 未定\nこのメールは通知設定に基づき自動送信されています。',
    ],
    ['面接評価: 森さん(一次)', '本日の一次面接の評価をお送りします。\n総合評価: A(最終面接に進めたい)\n年収の希望は600万円、入社は3月以降とのことです。'],
  ])('%s', (subject, body) => {
    expect(run(body, subject).candidate).toBe(false);
  });

  it('a candidate who has no concerns is still a candidate', () => {
    expect(run('先日は面接のお時間をいただき、ありがとうございました。\n現時点で特に懸念点はございません。\n引き続きよろしくお願いいたします。', 'Re: 一次面接のお礼').candidate).toBe(true);
  });
});
