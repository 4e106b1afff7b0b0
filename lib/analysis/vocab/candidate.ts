// Is this a mail from a candidate in a recruiting conversation? A score of weighted cues:
// recruiting vocabulary and the candidate's voice (御社/貴社, "my interview") count for,
// the voices of newsletters, shops, vendors, event organisers, colleagues and the
// recruiter (弊社, "thank you for applying") count against. Each cue counts once.
import type { CandidateRule } from './types';

function cues(weight: number, reason: string, patterns: string[], scope: 'own' | 'any' = 'any'): CandidateRule[] {
  return patterns.map((pattern) => ({ pattern, weight, reason, scope }));
}

/** Cues that only say the mail is about recruiting (their total is capped: see CandidateRule.topical). */
const topical = (weight: number, reason: string, patterns: string[]): CandidateRule[] => cues(weight, reason, patterns).map((c) => ({ ...c, topical: true }));

export const CANDIDATE_RULES: CandidateRule[] = [
  ...topical(2, 'recruiting vocabulary', [
    '面接', '選考', '内定', '内々定', '応募', '入社', 'オファー', '職務経歴書', '履歴書', '転職', '求人', '採用面接', '労働条件', '条件通知', 'オファー面談',
    'interview*', 'job offer', 'offer letter', 'candidacy', 'the position', 'this position', 'the role', 'this role', 'application',
    'hiring process', 'recruitment process', 'start date', 'my resume', 'my cv', 'applied for', 'salary', '年収', '給与', 'the offer', 'your offer', 'an offer', 'another offer', 'other offers', '辞退', 'final round', 'hiring manager', 'resume', 'online assessment', 'coding test', 'take-home',
    // Topics only a candidate discusses with a recruiter (offer terms, screening steps).
    '内定者', 'phone screen', 'background check', '勤務地', '入社日', '賞与', 'みなし残業', '昇給',
    'バックグラウンドチェック', 'リファレンスチェック', 'reference check', 'カジュアル面談', '前職', 'first round', 'second round', 'next round', 'technical round', 'design round',
  ]),
  ...topical(1, 'weaker recruiting vocabulary', ['採用', 'offer', 'position', 'role', 'recruiter', 'hiring', 'job', 'onboarding', 'performance review*', 'pay rise*', 'pay raise*', '評価制度', '試用期間', '副業', 'welcome pack', 'notice period', '勤務', '業務内容', 'responsibilit*', 'promotion', 'hear back', 'next steps', 'the team', 'opportunity', 'relocation', 'remote', 'benefits', 'equity', 'bonus', 'references', 'thank you for your time', 'thanks for your time', 'お時間をいただき', 'リモート', '残業', '配属', 'キャリア', 'compensation', 'reporting to', 'assessment', 'the process', 'paperwork', 'decline', 'withdraw', 'the panel', 'second interview', 'the interview', 'engineer', 'designer', 'manager role', 'on-call', 'overtime', 'commute', 'career', 'my current job', 'my current employer', 'current role', '月給']),
  // Candidates without a known contact address "採用ご担当者様": only weak evidence of a mass mail.
  ...cues(-1, 'generic salutation (mass mail, but also candidates who have no name)', ['採用ご担当者様', '人事ご担当者様', '採用担当者様', '人事担当者様']),
  // The in-company greeting: candidates write お世話になっております to a recruiter, never お疲れ様です;
  // "Hi team"/"Hi all" open mail to a group of colleagues. Strong enough to outweigh recruiting words.
  ...cues(-10, 'greeting between colleagues', ['お疲れ様です', 'お疲れさまです', 'おつかれさまです', '各位', 'hi team', 'hi all', 'hi everyone'], 'own'),
  ...cues(-2, 'talking about a candidate / forwarding internally', ['candidate', 'forwarding'], 'own'),
  // An agency or colleague reporting on a candidate in the third person.
  ...cues(-4, 'reporting on a candidate', ['ご推薦', 'ご本人', 'close him', 'close her', "she's asked", "he's asked", 'she has asked', 'he has asked', 'find a replacement', "'s first round", "'s second round", "'s final round"], 'own'),
  // Automatic replies: the subject says so, or the body does ("out of the office until…").
  ...cues(-8, 'automatic reply', ['automatic reply', 'auto-reply', 'autoreply', 'out of office', '自動応答', '自動返信']),
  ...cues(-4, 'absence notice', ['out of the office', 'limited access to email', '不在にしております', '不在にしています', 'メールの確認ができず']),
  ...cues(2, 'candidate addressing the company', ['御社', '貴社', 'your company', 'your team', 'my application', 'my interview', 'i applied', 'i interviewed', 'opportunity to interview', 'thank you for the opportunity', 'the opportunity', '機会をいただき', '面接の機会', '選考の機会', 'looking forward to starting', 'my first day', 'future roles', 'considered for future', '入社を楽しみ'], 'own'),
  // Against: recruiter's outgoing voice (in the sender's own text only).
  ...cues(-4, 'recruiter writing to a candidate', ['ご応募いただき', 'ご応募ありがとう', 'ご応募頂き', '選考結果のご連絡', '面接のご案内', '面接日程のご案内', '貴殿', 'thank you for applying', 'thank you for your application', 'thank you for your interest', 'we are pleased to', "we're pleased to", 'we would like to invite you', "we'd like to invite you", 'we regret to', 'unfortunately, we', 'pleased to offer you', 'ご来社いただ', 'ご来社の際', 'お進みいただ', '辞退される場合', 'pleased to invite', 'invite you to', 'do these times work', 'if you decide not to'], 'own'),
  ...cues(-2, 'company voice', ['弊社', '当社', 'our company', 'our team is', 'we look forward to', 'please let us know'], 'own'),
  // Against: colleagues talking about candidates.
  ...cues(-4, 'internal mail between colleagues', ['headcount', 'scorecard*', 'debrief', '評価シート', '採用枠', 'requisition', 'hiring committee', 'interview panel', 'the candidate', '候補者', '応募者', 'candidates', 'applicants', '社内共有', '社内で共有', '社内向け', '社内調整', 'fyi'], 'own'),
  // Against: newsletters and automated mail (anywhere, footers count).
  // Candidates never write these; a newsletter full of recruiting words must still lose.
  ...cues(-10, 'newsletter / automated mail', ['unsubscribe', '配信停止', '配信解除', 'メールマガジン', 'メルマガ', 'newsletter', 'view in browser', 'view this email', 'you are receiving this', "you're receiving this", 'weekly digest', '配信専用', '送信専用', 'subscribers', '購読', 'ウェビナー', 'webinar', 'ご担当者様各位', '採用トレンド', 'hr leaders', 'talent leaders', 'recruiting trends']),
  // Against: shipping / orders.
  ...cues(-5, 'shipping / order notice', ['追跡番号', 'tracking number', 'has shipped', 'have shipped', 'your order', 'ご注文', '注文番号', 'order #', 'order number', 'out for delivery', 'お荷物', '発送', '配送', '出荷', 'お届け予定']),
  ...cues(-2, 'weak non-recruiting words', ['delivery', 'demo', 'budget', '予算', 'event', 'ticket', 'party', 'dinner', 'conference', 'celebration', 'license', 'licence']),
  // Against: sales / vendor mail.
  ...cues(-4, 'sales / vendor mail', ['ご提案', '提案書', 'お見積', '見積', 'proposal', 'quotation', 'pricing', 'ご契約', '契約更新', 'subscription', 'renewal', 'vendor', 'our product', 'your product', 'our service', 'your service', '御社のサービス', '貴社のサービス', '導入', 'free trial', 'procurement']),
  // Against: the company honouring the reader's own actions (ご入社, ご経験): a recruiter writing to a
  // candidate. A candidate never puts ご before their own joining or experience.
  ...cues(-3, 'company honouring the candidate', ['ご入社', 'ご経験', 'ご承諾いただ', 'ご提出', 'ご質問をお送り', 'ご質問いただ', 'ご希望の', 'お越しいただ', '担当いたします', 'ご提示いたします', 'ご通知', 'お申し付けください', 'お答えいたします'], 'own'),
  ...cues(-3, 'recruiter writing to a candidate', ['congratulations on', 'on behalf of', 'delighted to offer', 'thrilled you', 'your first day', 'your start date', 'before your start', 'great questions', 'answers inline', 'thanks for applying', 'we have decided', 'your application', 'after careful consideration'], 'own'),
  // Against: interviewers, hiring managers, agencies and approvals talking among themselves.
  ...cues(-4, 'hiring team or agency talking about a candidate', ['評価をお送り', '総合評価', '増員', '承認されました', '面接官のアサイン', '選考フロー', '転送します', '候補者を入れ', 'エージェント経由', '紹介手数料', '手数料', '人材紹介', 'ご本人から', 'interviewer notes', 'interviewer:', 'verbally accepted', 'invoice', 'placement fee', 'her notice period', 'his notice period', 'you ordered'], 'own'),
  // Against: tools that write on someone's behalf (ATS, scouting sites, e-signature, reminders).
  ...cues(-8, 'automated notice from a tool', ['このメールは', '自動送信', '通知設定', 'ステータスが更新', 'スカウトが届', '電子署名', '署名依頼', 'sent you a document', 'review and sign', 'do not reply', 'this is an automated', 'notification settings', 'manage your alerts', 'job alert']),
  ...cues(-4, 'media or speaking request', ['podcast', 'listeners', 'episode']),
  // Against: calendar invitations, their replies and scheduling tools.
  ...cues(-8, 'calendar / scheduling tool', ['google calendar', 'google カレンダー', 'googleカレンダー', 'join with google meet', 'join zoom meeting', 'microsoft teams meeting', 'invitation from', 'calendly', 'invitee', 'add to calendar', 'カレンダーに追加', '招待状', 'declined:', 'accepted:', 'tentative:', '辞退しました:', '承諾しました:']),
  // Against: hiring feedback between colleagues and the recruiter's own offer or rejection.
  ...cues(-4, 'hiring feedback / recruiter decision', ['strong hire', 'no hire', 'lean hire', 'lean no', 'hire recommendation', 'move her forward', 'move him forward', 'move forward with her', 'move forward with him', '不採用', '採用を見送', '通過で', '合格で', "we'd like to offer you", 'we would like to offer you', 'we are delighted to offer', 'happy to offer you', 'other candidates', 'ご期待に添えず', 'ご期待に沿えず', '採用内定'], 'own'),
  // Against: events and RSVPs.
  ...cues(-4, 'event / RSVP', ['rsvp', '出欠', 'ご出席', '懇親会', '忘年会', '新年会', '歓迎会', '送別会', 'パーティー', 'meetup', 'イベント', '欠席', 'seminar', 'セミナー', '同窓会', 'reunion', 'potluck', 'bbq', 'will attend', 'be attending']),
];

/** Sender addresses of automated or company mailboxes (local part, whole word). */
export const NON_PERSON_SENDERS = ['noreply', 'no-reply', 'donotreply', 'do-not-reply', 'newsletter', 'news', 'info', 'support', 'shop', 'store', 'order', 'orders', 'shipping', 'notifications', 'notification', 'mailer-daemon', 'marketing', 'sales', 'hello', 'recruit', 'recruiting', 'careers', 'jobs', 'hr', 'talent', 'saiyo', 'jinji', 'team', 'calendar', 'calendar-notification', 'scheduler', 'scheduling', 'digest', 'alerts', 'bot'];
/** Sender display names of a company mailbox or the recruiting side. */
export const NON_PERSON_NAMES = ['採用', '人事', 'recruit', 'talent', 'careers', 'hr team', 'newsletter', 'news', 'team', 'store', 'shop', '株式会社', 'inc.', 'ltd', 'noreply', 'support', '運営', '事務局'];
