// Topic keywords → category for questions and anxieties. The sentence's category is the
// one with the highest total weight; ties go to the earlier keyword. Generic process
// words weigh less so "面接で伺った業務内容" is about the role, not the process.
import type { TopicCategory } from '../types';
import type { TopicRule } from './types';

function group(category: TopicCategory, weight: number, reason: string, patterns: string[]): TopicRule[] {
  return patterns.map((pattern) => ({ pattern, category, weight, reason }));
}

export const TOPIC_RULES: TopicRule[] = [
  ...group('compensation', 2, 'pay and benefits', [
    '給与', '給料', '年収', '月収', '月給', '年俸', '賞与', 'ボーナス', '報酬', '手当', '待遇', '昇給', '退職金', '福利厚生',
    '提示額', '提示金額', '提示された金額', '基本給', '固定残業', 'みなし残業', 'インセンティブ', 'ストックオプション', '収入', '給与体系', '金額',
    'salary', 'salaries', 'compensation', 'pay', 'paid', 'bonus*', 'equity', 'stock option*', 'rsu*', 'benefits', 'base', 'package',
    'raise', 'raises', 'pension', '401k', 'insurance', 'allowance', 'stipend', 'income', 'wage*', 'relocation package',
  ]),
  ...group('workstyle', 2, 'hours, overtime, remote, leave', [
    '残業', '労働時間', '勤務時間', '就業時間', '休日', '休暇', '有給', '有休', 'リモート', '在宅', 'テレワーク', 'フレックス',
    '出社', '働き方', '休み', '育休', '産休', '育児', '介護', '時短', '副業', '夜勤', 'シフト', '土日', '出張', '両立', '家庭', '子ども', '子供', '休日出勤', '定時', '繁忙期', 'ワークライフ',
    'overtime', 'hours', 'remote*', 'hybrid', 'work from home', 'wfh', 'flexib*', 'vacation', 'pto', 'leave', 'on-call',
    'on call', 'weekend*', 'work-life', 'work life', 'in-office', 'in the office', 'days a week', 'part-time', 'childcare', 'parental',
    'time off', 'shift*', 'late nights', 'workload', 'travel*', 'kids', 'children', 'family life',
  ]),
  ...group('role', 2, 'job content and fit', [
    '業務内容', '仕事内容', '職務', '担当業務', '業務', 'ポジション', '役割', '配属', '技術スタック', '使用技術', '開発環境', 'スキル', '経験', '務まる',
    'ついていけ', 'やっていけ', '即戦力', '裁量', 'マネジメント', 'ミッション', '責任範囲', '求められる', '期待される', 'プロジェクト', '言語',
    'responsibilit*', 'role', 'position', 'day-to-day', 'day to day', 'tech stack', 'stack', 'duties', 'scope', 'job description',
    'fit', 'skill*', 'experience', 'qualified', 'keep up', 'expectations', 'expected of me', 'projects', 'project', 'tasks', 'handle',
  ]),
  ...group('team_culture', 2, 'team, manager, culture', [
    'チーム', '雰囲気', '社風', '文化', '上司', '同僚', 'メンバー', '人間関係', '組織', '社員の方', '職場', 'カルチャー', '風土', '部署',
    'team*', 'culture', 'manager', 'colleague*', 'atmosphere', 'coworker*', 'co-worker*', 'people', 'boss', 'peers', 'environment', 'department', 'fitting in', 'fit in',
  ]),
  ...group('career', 2, 'growth and future', [
    'キャリア', '成長', '将来', 'キャリアパス', '昇進', 'スキルアップ', '研修', '教育', '育成', '長期的', 'ステップアップ', '資格取得',
    'career*', 'growth', 'grow', 'promotion*', 'training', 'learning', 'long-term', 'long term', 'mentor*', 'advancement', 'development',
  ]),
  ...group('evaluation', 2, 'performance review and grading', [
    '評価', '人事評価', '評価制度', '査定', '昇格', '目標設定', '成果', '等級', 'グレード',
    'performance review*', 'review cycle', 'evaluation*', 'evaluated', 'appraisal*', 'kpi*', 'okr*', 'performance',
    'assessed', 'graded', 'rating*', 'review process', 'seniority', '年功序列',
  ]),
  ...group('location', 2, 'office, relocation, transfer', [
    '勤務地', 'オフィス', '転勤', '引越', '引っ越', '転居', '移住', '通勤', '異動', '拠点', '本社', '支社', '支店', '赴任', '単身',
    'relocat*', 'office', 'location', 'commut*', 'move to', 'moving to', 'transfer*', 'visa', 'city', 'headquarters', 'hq', 'long-distance', 'assignment abroad', 'overseas',
  ]),
  ...group('evaluation', 1, 'probation is judged, but often mentioned with pay', ['試用期間', 'probation*']),
  ...group('process', 1, 'selection steps and timing', [
    '選考', '面接', '結果', '次のステップ', '日程', 'スケジュール', '合否', '書類', '適性検査', '最終面接', '二次面接', '一次面接', '内定通知',
    '回答期限', '選考フロー', '選考状況', '連絡', 'オファー面談', '面談', '手続き', '内定',
    'interview*', 'next step*', 'result*', 'timeline', 'schedul*', 'process', 'hear back', 'heard back', 'hearing back', 'decision', 'reference check*',
    'background check', 'paperwork', 'deadline', 'offer letter', 'contract', 'assessment', 'status', 'feedback', 'stage',
  ]),
  ...group('start_date', 3, 'joining date and notice period', [
    '入社日', '入社時期', '入社予定日', '入社のタイミング', '開始日', '勤務開始', '着任', '退職交渉', '引き継ぎ', '現職の退職', '退職日', '入社可能',
    'start date', 'starting date', 'notice period', 'join date', 'joining date', 'when i could start', 'when i can start', 'start on', 'my start', 'handover', 'hand over', 'resign*',
    'start in', 'first day', 'onboarding',
  ]),
];
