// @vitest-environment node
// Internal mail and a colleague's forward of a candidate's mail, decided from plain data.
import { describe, expect, it } from 'vitest';
import { classifyThread, isInternal, organisationDomain, parseForward, registrableDomain } from '../../lib/people/organisation';

const ME = { name: '佐藤 健', email: 'ken.sato@example.co.jp' };
const COLLEAGUE = { name: '田中 美咲', email: 'misaki.tanaka@example.co.jp' };
const CANDIDATE = { name: '山田 花子', email: 'hanako.yamada@example.jp' };

describe('organisation domains', () => {
  it.each([
    ['mail.example.co.jp', 'example.co.jp'],
    ['example.co.jp', 'example.co.jp'],
    ['hr.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['a.b.example.ac.uk', 'example.ac.uk'],
  ])('%s → %s', (d, r) => expect(registrableDomain(d)).toBe(r));

  it('free-mail and malformed addresses have no organisation', () => {
    for (const e of ['a@gmail.com', 'b@outlook.com', 'c@yahoo.co.jp', 'd@docomo.ne.jp', 'e@i.softbank.jp', 'not-an-address', '']) {
      expect(organisationDomain(e)).toBeNull();
    }
  });

  it('same organisation is internal, subdomains included; free mail never is', () => {
    expect(isInternal(COLLEAGUE, ME)).toBe(true);
    expect(isInternal('recruit@hr.example.co.jp', ME)).toBe(true);
    expect(isInternal(CANDIDATE, ME)).toBe(false);
    expect(isInternal('someone@gmail.com', 'me@gmail.com')).toBe(false);
    expect(isInternal('x@subsidiary.example', ME, { extraDomains: ['subsidiary.example'] })).toBe(true);
    expect(isInternal(COLLEAGUE, null)).toBe(false);
  });
});

describe('forward headers', () => {
  it.each([
    ['Gmail en', 'Please take a look.\n\n---------- Forwarded message ---------\nFrom: Hanako Yamada <hanako.yamada@example.jp>\nDate: Fri, Nov 20, 2026 at 10:15 AM\nSubject: Re: Final interview\nTo: <misaki.tanaka@example.co.jp>\n\nCould you tell me…', 'hanako.yamada@example.jp', 'Hanako Yamada'],
    ['Gmail ja', '確認お願いします。\n\n---------- 転送メッセージ ---------\nFrom: 山田 花子 <hanako.yamada@example.jp>\nDate: 2026年11月20日(金) 10:15\nSubject: Re: 最終面接のご案内\nTo: <misaki.tanaka@example.co.jp>\n', 'hanako.yamada@example.jp', '山田 花子'],
    ['Outlook ja block under a 転送 subject', '佐藤さん\n下記、候補者からの質問です。\n\n________________________________\n差出人: 山田 花子 <hanako.yamada@example.jp>\n送信日時: 2026年11月20日 10:15\n宛先: 田中 美咲 <misaki.tanaka@example.co.jp>\n件名: Re: 最終面接のご案内\n', 'hanako.yamada@example.jp', '山田 花子'],
    ['Apple Mail', 'FYI\n\nBegin forwarded message:\n\nFrom: Daniel Brooks <daniel.brooks@example.net>\nSubject: Offer\nDate: November 20, 2026\n', 'daniel.brooks@example.net', 'Daniel Brooks'],
    ['Outlook en with mailto', '-----Original Message-----\nFrom: Daniel Brooks [mailto:daniel.brooks@example.net]\nSent: Friday, November 20, 2026 10:15 AM\n', 'daniel.brooks@example.net', 'Daniel Brooks'],
  ])('%s', (_name, text, email, name) => {
    const subject = _name.includes('転送') ? '転送: Re: 最終面接のご案内' : 'Fwd: Re: Final interview';
    const fwd = parseForward(text, subject);
    expect(fwd?.from.email).toBe(email);
    expect(fwd?.from.name).toBe(name);
  });

  it('a quoted reply is not a forward', () => {
    expect(parseForward('Thanks!\n\nOn Thu, Nov 19, 2026 at 6:02 PM Emily Carter <emily.carter@example.com> wrote:\n> Hi', 'Re: Interview')).toBeNull();
    // Outlook writes the same block above quoted replies: without a forward subject it is a reply.
    expect(parseForward('Thanks\n\nFrom: Emily Carter <emily.carter@example.com>\nSent: Thursday\nSubject: Interview', 'Re: Interview')).toBeNull();
    expect(parseForward('-----Original Message-----\nFrom: Emily Carter [mailto:emily.carter@example.com]\nSent: Thursday', 'RE: Interview')).toBeNull();
    expect(parseForward('', '')).toBeNull();
  });
});

describe('classifyThread', () => {
  const fwdText = '佐藤さん\n候補者から質問が来ています。ご対応いただけますか？\n\n---------- 転送メッセージ ---------\nFrom: 山田 花子 <hanako.yamada@example.jp>\nSubject: Re: 最終面接\n\n試用期間中の給与は本採用後と同じ条件でしょうか。';

  it("a colleague's forward of a candidate's mail is internal, with the original sender", () => {
    const origin = classifyThread({ subject: 'Fwd: Re: 最終面接', messages: [{ sender: COLLEAGUE, recipients: [ME], text: fwdText, expanded: true }] }, ME);
    expect(origin).toEqual({ kind: 'internal-forward', forwarder: COLLEAGUE, original: { name: '山田 花子', email: CANDIDATE.email }, messageIndex: 0 });
  });

  it('colleagues only is internal; a candidate anywhere makes it external', () => {
    expect(classifyThread({ subject: '面接日程', messages: [{ sender: COLLEAGUE, recipients: [ME], text: '来週の面接日程を教えていただけますか？', expanded: true }] }, ME)).toEqual({ kind: 'internal' });
    expect(classifyThread({ subject: 'Re', messages: [{ sender: ME, recipients: [CANDIDATE], text: 'x', expanded: true }] }, ME)).toEqual({ kind: 'external' });
    expect(classifyThread({ subject: 'Re', messages: [{ sender: ME, text: 'x', expanded: false }, { sender: CANDIDATE, text: 'y', expanded: true }] }, ME)).toEqual({ kind: 'external' });
  });

  it('free-mail users have no colleagues; unknown users decide nothing', () => {
    const me = { name: 'Emily', email: 'emily@gmail.com' };
    expect(classifyThread({ subject: 's', messages: [{ sender: { name: 'Dan', email: 'dan@gmail.com' }, text: 'Hi', expanded: true }] }, me)).toEqual({ kind: 'external' });
    expect(classifyThread({ subject: 's', messages: [{ sender: COLLEAGUE, text: 'Hi', expanded: true }] }, null)).toEqual({ kind: 'external' });
  });
});
