// The mail inside the fixtures: a candidate writing to a recruiter after an interview, in Japanese
// and English. Quoted earlier mail contains decline words (辞退 / "decline") that must never be
// read as the candidate's own text. Names and addresses are fictional (example.* domains).

export const JA = {
  recruiter: { name: '佐藤 健', email: 'ken.sato@example.co.jp' },
  candidate: { name: '山田 花子', email: 'hanako.yamada@example.jp' },
  colleague: { name: '鈴木 一郎', email: 'ichiro.suzuki@example.co.jp' },
  subject: '【株式会社サンプル】一次面接のお礼と今後のご案内',
  recruiterMail: [
    '山田 花子 様',
    '',
    'お世話になっております。株式会社サンプル 人事部の佐藤です。',
    '本日はお忙しい中、一次面接にお越しいただき誠にありがとうございました。',
    '選考結果につきましては、来週中にご連絡いたします。',
    'なお、万が一選考を辞退される場合も、お手数ですがご一報いただけますと幸いです。',
    'ご不明な点がございましたら、お気軽にお問い合わせください。',
  ],
  recruiterSignature: ['──────────────', '株式会社サンプル 人事部 採用担当', '佐藤 健', 'TEL: 03-1234-5678', 'Mail: ken.sato@example.co.jp'],
  candidateOwn: [
    '佐藤様',
    '',
    'お世話になっております。山田花子です。',
    '本日は面接の機会をいただき、誠にありがとうございました。',
    '御社の事業についてより深く知ることができ、大変有意義な時間となりました。',
    '',
    '一点、確認させていただきたいことがございます。',
    'リモートワークは週に何日可能でしょうか。',
    'また、配属予定のチームの人数を教えていただけますか。',
    '',
    '正直に申し上げますと、残業が多いのではないかと不安です。',
    '',
    'また、他社からも内定をいただいており、少し考える時間をいただけますでしょうか。',
    '',
    '引き続きどうぞよろしくお願いいたします。',
  ],
  candidateSignature: ['--', '山田 花子', '携帯: 090-1234-5678', 'hanako.yamada@example.jp'],
  quoteAttr: '2026年11月19日(木) 18:02 佐藤 健 <ken.sato@example.co.jp>:',
  dates: {
    recruiter: { title: '2026年11月19日(木) 18:02', short: '11月19日(木) 18:02', iso: [2026, 11, 19, 18, 2] },
    candidate: { title: '2026年11月20日(金) 10:15', short: '10:15 (5 日前)', iso: [2026, 11, 20, 10, 15] },
  },
};

export const EN = {
  recruiter: { name: 'Emily Carter', email: 'emily.carter@example.com' },
  candidate: { name: 'Daniel Brooks', email: 'daniel.brooks@example.net' },
  subject: 'Thank you for interviewing with Example Corp',
  recruiterMail: [
    'Hi Daniel,',
    '',
    'Thank you for taking the time to interview with us today.',
    'We will get back to you with the result by the end of next week.',
    'If you decide to decline or withdraw from the process, please let us know.',
    '',
    'Best regards,',
  ],
  recruiterSignature: ['Emily Carter', 'Talent Acquisition, Example Corp', 'emily.carter@example.com | +1 555 0100'],
  candidateOwn: [
    'Hi Emily,',
    '',
    'Thank you for the interview today. I really enjoyed meeting the team and learning about the product roadmap.',
    '',
    'I have a couple of questions.',
    'How many days a week can I work remotely?',
    'Could you tell me more about the on-call rotation?',
    '',
    'To be honest, I am worried that the overtime might be heavy during release weeks.',
    '',
    'I have also received another offer, so could I have a little more time to think it over?',
    '',
    'Thanks again,',
  ],
  candidateSignature: ['--', 'Daniel Brooks', '+1 555 0199 | daniel.brooks@example.net'],
  quoteAttr: 'On Thu, Nov 19, 2026 at 6:02 PM Emily Carter <emily.carter@example.com> wrote:',
  dates: {
    recruiter: { title: 'Thu, Nov 19, 2026, 6:02\u202fPM', short: 'Nov 19', iso: [2026, 11, 19, 18, 2] },
    candidate: { title: 'Fri, Nov 20, 2026, 10:15\u202fAM', short: '10:15\u202fAM (5 days ago)', iso: [2026, 11, 20, 10, 15] },
  },
};

/** Earlier rounds for the multi-message thread (ja). */
export const JA_MULTI = [
  {
    from: 'recruiter',
    title: '2026年11月10日(火) 9:30',
    short: '11月10日(火)',
    lines: ['山田 花子 様', '', '株式会社サンプルの佐藤です。', '書類選考を通過されましたので、一次面接の日程をご提案いたします。', '11月19日(木) 14:00 はいかがでしょうか。'],
    snippet: '山田 花子 様 株式会社サンプルの佐藤です。書類選考を通過されましたので、一次面接の日程をご提案いたします。',
  },
  {
    from: 'candidate',
    title: '2026年11月10日(火) 12:41',
    short: '11月10日(火)',
    lines: ['佐藤様', '', 'ご連絡ありがとうございます。', '11月19日(木) 14:00 で問題ございません。', '当日の持ち物はありますでしょうか。'],
    snippet: '佐藤様 ご連絡ありがとうございます。11月19日(木) 14:00 で問題ございません。当日の持ち物はありますでしょうか。',
  },
  {
    from: 'recruiter',
    title: '2026年11月11日(水) 10:05',
    short: '11月11日(水)',
    lines: ['山田様', '', '日程確定のご連絡です。持ち物は特にございません。', '辞退される場合は前日までにご連絡ください。'],
    snippet: '山田様 日程確定のご連絡です。持ち物は特にございません。辞退される場合は前日までにご連絡ください。',
  },
];
