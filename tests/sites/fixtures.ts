// The dated fixtures in tests/fixtures/, the real URLs they stand for, and what an adapter must
// read from them. Shared by the contract suite here and by the Chromium e2e tests (which serve
// each file at its `url`).
import type { Person } from '../../lib/sites/types';

export interface ExpectedMessage {
  sender: Person;
  /** Local wall-clock time shown by the site: [y, m, d, h, min]; null when the page shows none. */
  date: [number, number, number, number, number] | null;
  expanded: boolean;
  /** Sentences that must be in the message's own text (segment kind 'own'). */
  own?: string[];
  /** Text that must be in a quote segment, never in own text. */
  quote?: string[];
  /** Text that must be in a signature segment. */
  signature?: string[];
}

export interface FixtureCase {
  file: string;
  url: string;
  site: 'gmail' | 'outlook';
  view: 'thread' | 'list' | 'compose' | 'unsupported';
  threadId?: string;
  subject?: string;
  me: Person | null;
  messages?: ExpectedMessage[];
  compose: boolean;
  /** The view name the adapter must report (happy-dom has no layout: right/bottom are not told apart here). */
  viewName?: string;
  /** What the thread id names (absent: not checked). */
  idKind?: 'conversation' | 'message';
  /** Messages folded behind Gmail's "N older messages" pill. */
  olderHidden?: number;
  /** The page names no user: the adapter gets this as `rememberedUser` and must return it. */
  remembered?: Person;
  /** Text that is in the page (hidden panes, hidden text, folded messages) and must be in no message's text. */
  neverRead?: string[];
  /** The forwarded original's sender, on the newest expanded message. */
  forwardFrom?: Person;
  /** classifyThread(thread, me).kind */
  origin?: 'external' | 'internal' | 'internal-forward';
  /** A compose window or an open compose: the addresses its recipient fields hold. */
  composeTo?: string[];
  /** A compose window: its subject field ('' when it has none we read). */
  composeSubject?: string;
}

const hex = (dec: string) => BigInt(dec).toString(16);

const JA_RECRUITER = { name: '佐藤 健', email: 'ken.sato@example.co.jp' };
const JA_CANDIDATE = { name: '山田 花子', email: 'hanako.yamada@example.jp' };
const EN_RECRUITER = { name: 'Emily Carter', email: 'emily.carter@example.com' };
const EN_CANDIDATE = { name: 'Daniel Brooks', email: 'daniel.brooks@example.net' };
const JA_SUBJECT = 'Re: 【株式会社サンプル】一次面接のお礼と今後のご案内';
const EN_SUBJECT = 'Re: Thank you for interviewing with Example Corp';

const JA_OWN = [
  'リモートワークは週に何日可能でしょうか。',
  'また、配属予定のチームの人数を教えていただけますか。',
  '残業が多いのではないかと不安です。',
  '他社からも内定をいただいており、少し考える時間をいただけますでしょうか。',
];
const JA_QUOTE = ['万が一選考を辞退される場合も、お手数ですがご一報いただけますと幸いです。'];
const EN_OWN = [
  'How many days a week can I work remotely?',
  'Could you tell me more about the on-call rotation?',
  'I am worried that the overtime might be heavy during release weeks.',
  'I have also received another offer, so could I have a little more time to think it over?',
];
const EN_QUOTE = ['If you decide to decline or withdraw from the process, please let us know.'];

const jaCandidateMsg: ExpectedMessage = {
  sender: JA_CANDIDATE,
  date: [2026, 11, 20, 10, 15],
  expanded: true,
  own: JA_OWN,
  quote: JA_QUOTE,
  signature: ['携帯: 090-1234-5678'],
};

// Fixtures rebuilt by hand from public captures of live pages (not from fixture-src), so they do not
// share the generator's assumptions: see the comment at the top of each file for what was copied from where.
const REAL_EN_OWN = [
  'Could you tell me whether the role allows working remotely two days a week?',
  'What does the on-call schedule look like for new team members?',
  "I'm a little concerned about the commute, since the office is almost an hour from where I live.",
  "To be honest, I'm also in the final stage with another company, so I may need to step back from this process if the timeline doesn't work.",
];
const REAL_JA_OWN = [
  '試用期間中の給与は本採用後と同じ条件でしょうか。',
  '育児と両立できるよう、時短勤務の制度があれば教えていただけますか。',
  '転勤の可能性があるのではないかと少し心配しております。',
  '正直に申し上げますと、家族とも相談しており、今回は見送らせていただくことも考えております。',
];

const REAL_FIXTURES: FixtureCase[] = [
  {
    file: 'gmail-real-thread-en-2026-11-25.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBZdVqKZcSVmhLrXrhxwpKjWs',
    site: 'gmail',
    view: 'thread',
    threadId: hex('1850001122334455667'),
    subject: 'Re: Your interview with Northwind Labs',
    me: { name: 'Emily Carter', email: 'emily.carter@example.com' },
    compose: true,
    composeTo: ['daniel.brooks@example.net'],
    messages: [
      { sender: { name: 'Emily Carter', email: 'emily.carter@example.com' }, date: [2026, 11, 19, 18, 2], expanded: false },
      {
        sender: { name: 'Daniel Brooks', email: 'daniel.brooks@example.net' },
        date: [2026, 11, 20, 10, 15],
        expanded: true,
        own: REAL_EN_OWN,
        quote: ['If for any reason you would like to decline the offer or withdraw, just reply to this email.'],
        signature: ['+1 555 0142'],
      },
    ],
  },
  {
    file: 'outlook-real-thread-ja-2026-11-25.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGRlYWRiZWVmLTEyMzQtNTY3OC05YWJjLWRlZjAxMjM0NTY3OAAQAKx9Jk2bR0xLmZJ7d8HqTQE%3D',
    site: 'outlook',
    view: 'thread',
    threadId: 'AAQkAGRlYWRiZWVmLTEyMzQtNTY3OC05YWJjLWRlZjAxMjM0NTY3OAAQAKx9Jk2bR0xLmZJ7d8HqTQE=',
    subject: 'Re: 【株式会社サンプル】最終面接のご案内',
    // The Me control's flyout (name) is not rendered until opened: only the address is known.
    me: { name: '', email: 'ken.sato@example.co.jp' },
    compose: true,
    composeTo: ['hanako.yamada@example.jp'],
    messages: [
      { sender: { name: '佐藤 健', email: 'ken.sato@example.co.jp' }, date: [2026, 11, 19, 18, 2], expanded: false },
      {
        sender: { name: '山田 花子', email: 'hanako.yamada@example.jp' },
        date: [2026, 11, 20, 10, 15],
        expanded: true,
        own: REAL_JA_OWN,
        quote: ['万が一選考を辞退される場合も、お手数ですがご一報いただけますと幸いです。'],
        signature: ['携帯: 080-2468-1357'],
      },
    ],
  },
];

// Layouts of issue 14, assembled by tests/sites/fixture-src/assemble-real-layouts.py from the two captures above
// (their markup cut verbatim) with the hooks of the public sources each file names at its top.
const L_EMILY = { name: 'Emily Carter', email: 'emily.carter@example.com' };
const L_DANIEL = { name: 'Daniel Brooks', email: 'daniel.brooks@example.net' };
const L_KEN = { name: '佐藤 健', email: 'ken.sato@example.co.jp' };
const L_HANAKO = { name: '山田 花子', email: 'hanako.yamada@example.jp' };
const O_EMILY = { name: 'Emily Carter', email: 'emily.carter@contoso-recruit.example' };

const LAYOUT_FIXTURES: FixtureCase[] = [
  {
    file: 'gmail-real-split-en-2026-12-02.html',
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzL',
    site: 'gmail',
    view: 'thread',
    viewName: 'gmail.split',
    idKind: 'conversation',
    threadId: hex('1850201122334455001'),
    subject: 'Re: Your offer from Northwind Labs',
    me: L_EMILY,
    compose: false,
    origin: 'external',
    neverRead: ['I am afraid I have to withdraw', 'what to do when a candidate declines'],
    messages: [
      { sender: L_EMILY, date: [2026, 11, 30, 9, 0], expanded: false },
      {
        sender: L_DANIEL,
        date: [2026, 12, 1, 8, 40],
        expanded: true,
        own: ['Is the relocation allowance paid before the start date or after?', 'Could the start date move to February 2 instead of January 12?', "I'm worried the notice period at my current job may not allow January."],
        quote: ['Please let us know if you would like to decline the offer.'],
      },
    ],
  },
  {
    file: 'gmail-real-long-thread-ja-2026-12-02.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzM',
    site: 'gmail',
    view: 'thread',
    viewName: 'gmail.thread',
    threadId: hex('1850301122334455000'),
    subject: 'Re: 最終面接のご案内',
    me: L_KEN,
    compose: true,
    composeTo: ['hanako.yamada@example.jp'],
    olderHidden: 8,
    origin: 'external',
    // Folded messages, and text the reader cannot see in the open one.
    neverRead: ['辞退させていただきます', '年収はいくらまで上げられますか', '差出人を偽る'],
    messages: [
      { sender: L_KEN, date: [2026, 11, 2, 9, 30], expanded: false },
      { sender: L_KEN, date: [2026, 11, 25, 17, 10], expanded: false },
      { sender: L_HANAKO, date: [2026, 11, 26, 8, 5], expanded: false },
      {
        sender: L_HANAKO,
        date: [2026, 12, 1, 10, 15],
        expanded: true,
        own: ['最終面接の前に、配属先のチーム構成を教えていただけますでしょうか。', '入社時期を来年4月まで延ばすことは可能でしょうか。', '通勤時間が長くなることが少し心配です。'],
      },
    ],
  },
  {
    file: 'gmail-real-popout-compose-en-2026-12-02.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzN',
    site: 'gmail',
    view: 'thread',
    viewName: 'gmail.thread',
    threadId: hex('1850401122334455001'),
    subject: 'Re: Final interview',
    me: L_EMILY,
    compose: true,
    composeTo: ['daniel.brooks@example.net'],
    origin: 'external',
    messages: [
      { sender: L_EMILY, date: [2026, 11, 25, 16, 0], expanded: false },
      { sender: L_DANIEL, date: [2026, 11, 26, 9, 12], expanded: true, own: ['Would it be possible to have the final interview online?'] },
    ],
  },
  {
    file: 'gmail-real-internal-forward-ja-2026-12-02.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzP',
    site: 'gmail',
    view: 'thread',
    viewName: 'gmail.thread',
    threadId: hex('1850501122334455001'),
    subject: 'Fwd: Re: 最終面接のご案内',
    me: L_KEN,
    compose: false,
    origin: 'internal-forward',
    forwardFrom: L_HANAKO,
    messages: [
      {
        sender: { name: '田中 美咲', email: 'misaki.tanaka@example.co.jp' },
        date: [2026, 12, 1, 11, 20],
        expanded: true,
        own: ['来週までにご回答いただけますか？'],
        quote: ['試用期間中の給与は本採用後と同じ条件でしょうか。'],
      },
    ],
  },
  {
    file: 'outlook-real-cached-panes-en-2026-12-02.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGNhY2hlZC1vcGVuLTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAFc9Rk2bR0xLmZJ7d8HqTQE%3D',
    site: 'outlook',
    view: 'thread',
    viewName: 'outlook.reading-pane',
    idKind: 'conversation',
    threadId: 'AAQkAGNhY2hlZC1vcGVuLTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAFc9Rk2bR0xLmZJ7d8HqTQE=',
    subject: 'Re: Your offer from Contoso',
    me: { name: '', email: 'emily.carter@contoso-recruit.example' },
    compose: false,
    origin: 'external',
    neverRead: ['decided to decline the offer', 'withdraw my application', 'double the salary', 'I will decline the offer', 'Is the CEO available'],
    messages: [
      { sender: O_EMILY, date: [2026, 11, 30, 9, 0], expanded: false },
      {
        sender: L_DANIEL,
        date: [2026, 12, 1, 8, 40],
        expanded: true,
        own: ['Is the signing bonus paid with the first salary?', 'Could I work from the Osaka office two days a week?', 'I am a little worried about the on-call load in the first months.'],
      },
    ],
  },
  {
    file: 'outlook-real-popout-read-ja-2026-12-02.html',
    url: 'https://outlook.office.com/mail/deeplink/read/AAkALgAAAAAAHYQDEapmEWg0AFtLbm9wb3V0LXJlYWQtMDAwMQAA?ispopout=1',
    site: 'outlook',
    view: 'thread',
    viewName: 'outlook.popout-read',
    idKind: 'message',
    threadId: 'AAkALgAAAAAAHYQDEapmEWg0AFtLbm9wb3V0LXJlYWQtMDAwMQAA',
    subject: 'Re: 内定のご連絡',
    me: L_KEN,
    remembered: L_KEN,
    compose: false,
    origin: 'external',
    messages: [
      {
        sender: L_HANAKO,
        date: [2026, 12, 1, 10, 15],
        expanded: true,
        own: ['入社日を5月1日に変更していただくことは可能でしょうか。', '住宅手当の支給条件を教えていただけますか。', '現職の引き継ぎが間に合わないのではないかと不安です。'],
      },
    ],
  },
  {
    file: 'outlook-real-cloud-bottom-en-2026-12-02.html',
    url: 'https://outlook.cloud.microsoft/mail/inbox/id/AAQkADFjbG91ZC1ib3R0b20tMDAwMS00MjMzLTlhYmMtZGVmMDEyMzQ1Njc4ABAAd9Rk2bR0xLmZJ7d8HqTQE%3D',
    site: 'outlook',
    view: 'thread',
    viewName: 'outlook.reading-pane',
    threadId: 'AAQkADFjbG91ZC1ib3R0b20tMDAwMS00MjMzLTlhYmMtZGVmMDEyMzQ1Njc4ABAAd9Rk2bR0xLmZJ7d8HqTQE=',
    subject: 'Re: Interview schedule',
    me: { name: '', email: 'emily.carter@contoso-recruit.example' },
    compose: false,
    origin: 'external',
    messages: [
      { sender: L_DANIEL, date: [2026, 11, 30, 9, 45], expanded: false },
      { sender: O_EMILY, date: [2026, 11, 30, 15, 30], expanded: true, own: ['Here is the schedule for your interview day.'] },
      { sender: L_DANIEL, date: [2026, 12, 1, 11, 2], expanded: true, own: ['Can I bring a laptop to the technical interview?', 'Will the interview be in English or Japanese?'] },
    ],
  },
  {
    file: 'outlook-real-pane-off-ja-2026-12-02.html',
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATNsaXZlLW9mZi0wMDAxLTQyMzMtOWFiYy1kZWYwMTIzNDU2NzgAEABjgKbAj7DwSKnW58xs6QY8',
    site: 'outlook',
    view: 'thread',
    viewName: 'outlook.reading-pane-off',
    threadId: 'AQQkADAwATNsaXZlLW9mZi0wMDAxLTQyMzMtOWFiYy1kZWYwMTIzNDU2NzgAEABjgKbAj7DwSKnW58xs6QY8',
    subject: 'Re: 面接のご案内',
    me: { name: '', email: 'ken.sato.recruit@outlook.jp' },
    compose: false,
    origin: 'external',
    messages: [
      { sender: L_HANAKO, date: [2026, 12, 1, 19, 30], expanded: true, own: ['面接の交通費は支給されますでしょうか。', '服装の指定があれば教えていただけますか。'] },
    ],
  },
  {
    file: 'outlook-real-compose-popout-en-2026-12-02.html',
    url: 'https://outlook.office365.com/mail/deeplink/compose/AAMkAGNvbXBvc2UtcG9wb3V0LTAwMDE%3D?ispopout=1',
    site: 'outlook',
    view: 'compose',
    viewName: 'outlook.compose-popout',
    me: O_EMILY,
    remembered: O_EMILY,
    compose: true,
    composeTo: ['daniel.brooks@example.net'],
    composeSubject: '',
  },
  // 2026-12-03: replies popped out into their own window (OWA's pop-out URL; a draft's own window), and the main
  // window of the pop-out read window's conversation (the two readings must join into one logged thread).
  {
    file: 'outlook-real-reply-popout-ja-2026-12-03.html',
    url: 'https://outlook.office.com/mail/deeplink/compose?popoutv2=1&version=20261126004.11',
    site: 'outlook',
    view: 'compose',
    viewName: 'outlook.compose-popout',
    me: L_KEN,
    remembered: L_KEN,
    compose: true,
    composeTo: ['hanako.yamada@example.jp'],
    composeSubject: '',
  },
  {
    file: 'outlook-real-reply-popout-en-2026-12-03.html',
    url: 'https://outlook.cloud.microsoft/mail/deeplink/compose/AAMkADFjbG91ZC1yZXBseS1wb3BvdXQtMDAwMQBGAAAAAAAd9Rk2bR0xLmZJ7d8HqTQE%3D?ItemID=AAMkADFjbG91ZC1yZXBseS1wb3BvdXQtMDAwMQBGAAAAAAAd9Rk2bR0xLmZJ7d8HqTQE%3D&exvsurl=1',
    site: 'outlook',
    view: 'compose',
    viewName: 'outlook.compose-popout',
    me: O_EMILY,
    remembered: O_EMILY,
    compose: true,
    composeTo: ['daniel.brooks@example.net'],
    composeSubject: 'Re: Interview schedule',
  },
  {
    file: 'outlook-real-popout-main-ja-2026-12-03.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGNvbnYtcG9wb3V0LTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAGRlZWJhcjAxMjM0NTY3OA%3D%3D',
    site: 'outlook',
    view: 'thread',
    viewName: 'outlook.reading-pane',
    idKind: 'conversation',
    threadId: 'AAQkAGNvbnYtcG9wb3V0LTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAGRlZWJhcjAxMjM0NTY3OA==',
    subject: 'Re: 内定のご連絡',
    me: { name: '', email: 'ken.sato@example.co.jp' },
    compose: false,
    origin: 'external',
    messages: [
      { sender: L_KEN, date: [2026, 11, 28, 17, 0], expanded: false },
      {
        sender: L_HANAKO,
        date: [2026, 12, 1, 10, 15],
        expanded: true,
        own: ['入社日を5月1日に変更していただくことは可能でしょうか。', '住宅手当の支給条件を教えていただけますか。', '現職の引き継ぎが間に合わないのではないかと不安です。'],
      },
    ],
  },
];

export const FIXTURES: FixtureCase[] = [
  {
    file: 'gmail-thread-ja-2026-11-24.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH',
    site: 'gmail',
    view: 'thread',
    threadId: hex('1849733126471935512'),
    subject: JA_SUBJECT,
    me: JA_RECRUITER,
    compose: false,
    messages: [{ sender: JA_RECRUITER, date: [2026, 11, 19, 18, 2], expanded: false }, jaCandidateMsg],
  },
  {
    file: 'gmail-thread-en-2026-11-24.html',
    url: 'https://mail.google.com/mail/u/1/#label/Recruiting%2FCandidates/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlQ',
    site: 'gmail',
    view: 'thread',
    threadId: hex('1849733126471935777'),
    subject: EN_SUBJECT,
    me: EN_RECRUITER,
    compose: false,
    messages: [
      { sender: EN_RECRUITER, date: [2026, 11, 19, 18, 2], expanded: false },
      { sender: EN_CANDIDATE, date: [2026, 11, 20, 10, 15], expanded: true, own: EN_OWN, quote: EN_QUOTE, signature: ['+1 555 0199'] },
    ],
  },
  {
    file: 'gmail-reply-open-ja-2026-11-24.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH',
    site: 'gmail',
    view: 'thread',
    threadId: hex('1849733126471935512'),
    subject: JA_SUBJECT,
    me: JA_RECRUITER,
    compose: true,
    messages: [{ sender: JA_RECRUITER, date: [2026, 11, 19, 18, 2], expanded: false }, jaCandidateMsg],
  },
  {
    file: 'gmail-thread-multi-ja-2026-11-24.html',
    url: 'https://mail.google.com/mail/u/0/#label/%E6%8E%A1%E7%94%A8%2F%E5%80%99%E8%A3%9C%E8%80%85/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBmM',
    site: 'gmail',
    view: 'thread',
    threadId: hex('1849012345678900001'),
    subject: JA_SUBJECT,
    me: JA_RECRUITER,
    compose: false,
    messages: [
      { sender: JA_RECRUITER, date: [2026, 11, 10, 9, 30], expanded: false },
      { sender: JA_CANDIDATE, date: [2026, 11, 10, 12, 41], expanded: false },
      { sender: JA_RECRUITER, date: [2026, 11, 11, 10, 5], expanded: false },
      {
        sender: JA_RECRUITER,
        date: [2026, 11, 19, 18, 2],
        expanded: true,
        own: ['本日はお忙しい中、一次面接にお越しいただき誠にありがとうございました。'],
        signature: ['TEL: 03-1234-5678'],
      },
      jaCandidateMsg,
    ],
  },
  {
    file: 'gmail-inbox-ja-2026-11-24.html',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    site: 'gmail',
    view: 'list',
    me: JA_RECRUITER,
    compose: false,
  },
  {
    file: 'outlook-office-conversation-ja-2026-11-24.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAGh7Hc2VfU5Cq0jXk4mU3aY%3D',
    site: 'outlook',
    view: 'thread',
    threadId: 'AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAGh7Hc2VfU5Cq0jXk4mU3aY=',
    subject: JA_SUBJECT,
    me: JA_RECRUITER,
    compose: true,
    messages: [{ sender: JA_RECRUITER, date: [2026, 11, 19, 18, 2], expanded: false }, { ...jaCandidateMsg, signature: ['携帯: 090-1234-5678'] }],
  },
  {
    file: 'outlook-office365-thread-en-2026-11-24.html',
    url: 'https://outlook.office365.com/mail/inbox/id/AAQkAGI2TG93AAA1LTg5ZjEtNDI2Zi1hMzQ0LTU3ZDJiN2I1MwAQAEN4qT0uYlRNnR5Jd9o1sWc%3D',
    site: 'outlook',
    view: 'thread',
    threadId: 'AAQkAGI2TG93AAA1LTg5ZjEtNDI2Zi1hMzQ0LTU3ZDJiN2I1MwAQAEN4qT0uYlRNnR5Jd9o1sWc=',
    subject: EN_SUBJECT,
    me: EN_RECRUITER,
    compose: false,
    messages: [
      { sender: EN_RECRUITER, date: [2026, 11, 19, 18, 2], expanded: true, own: ['Thank you for taking the time to interview with us today.'], signature: ['Talent Acquisition, Example Corp'] },
      { sender: EN_CANDIDATE, date: [2026, 11, 20, 10, 15], expanded: true, own: EN_OWN, quote: EN_QUOTE, signature: ['+1 555 0199'] },
    ],
  },
  {
    file: 'outlook-live-thread-ja-2026-11-24.html',
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7',
    site: 'outlook',
    view: 'thread',
    threadId: 'AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7',
    subject: JA_SUBJECT,
    me: { name: '佐藤 健', email: 'ken.sato.recruit@outlook.jp' },
    compose: false,
    messages: [{ ...jaCandidateMsg, signature: ['携帯: 090-1234-5678'] }],
  },
  {
    file: 'outlook-live-inbox-en-2026-11-24.html',
    url: 'https://outlook.live.com/mail/0/',
    site: 'outlook',
    view: 'list',
    me: { name: 'Emily Carter', email: 'emily.carter@outlook.com' },
    compose: false,
  },
  ...REAL_FIXTURES,
  ...LAYOUT_FIXTURES,
];
