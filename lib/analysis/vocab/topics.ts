// Topic keywords → category for questions and anxieties (see categorise() in ../analyze.ts).
// The sentence's category is the one with the highest total weight. Weights encode how
// strongly a cue names its topic:
//   3  specific phrase that names the topic on its own ("notice period", "人事評価", "通勤")
//   2  ordinary topic word ("salary", "残業", "チーム")
//   1  generic or ambiguous word that only decides when nothing better is there
//      ("position", "process", "将来", "配属", "flexible")
//   0  mask: a phrase that contains a topic word but is not about that topic ("入社後" is a
//      time reference, not the start date); it only hides the shorter cue inside it.
// A cue inside a longer cue does not count, so a specific phrase overrides its words
// ("relocation package" is pay; "面接 … 評価" is how the interview went, not the review system).
// Ties go to the cue nearest the worry/question cue, then to the earlier one.
import type { TopicCategory } from '../types';
import type { TopicRule } from './types';

function group(category: TopicCategory, weight: number, reason: string, patterns: string[], gap?: number): TopicRule[] {
  return patterns.map((pattern) => (gap === undefined ? { pattern, category, weight, reason } : { pattern, category, weight, reason, gap, clause: true }));
}

export const TOPIC_RULES: TopicRule[] = [
  // ── compensation ──
  ...group('compensation', 3, 'names pay or a pay component outright', [
    '給与', '給料', '年収', '月収', '月給', '年俸', '賞与', 'ボーナス', '報酬', '昇給', '退職金', '基本給', '固定残業', 'みなし残業',
    'ストックオプション', '給与体系', '提示額', '提示金額', '提示された金額', '企業年金', '住宅手当', '家族手当', '通勤手当', '残業代', '残業手当',
    'salary', 'salaries', 'compensation', 'base pay', 'base salary', 'starting salary', 'stock option*', 'relocation package', 'signing bonus',
    'sign-on bonus', 'cost of living', 'health insurance', 'pay band', 'pay range', 'salary range', 'total comp', 'overtime pay', '交通費', 'below market', 'market rate', 'lowball*', 'reimburs*', 'expenses', 'lump sum', '立て替え', '精算',
  ]),
  ...group('compensation', 2, 'pay and benefits', [
    '手当', '待遇', '福利厚生', 'インセンティブ', '収入', '金額', '年金', '昇給率', '支給', '報酬体系',
    'pay', 'paid', 'bonus*', 'equity', 'rsu*', 'benefits', 'package', 'raise', 'raises', 'pension', '401k', 'insurance', 'allowance',
    'stipend', 'income', 'wage*', 'earn', 'earning*', 'paycheck', 'payout', 'paid out', 'vesting', 'vest',
  ]),
  ...group('compensation', 1, 'money words that are often about pay, but not only', ['費用', 'base', 'cost*', 'money', 'budget']),

  // ── workstyle ──
  ...group('workstyle', 3, 'names a working-time or leave arrangement', [
    '残業', '労働時間', '勤務時間', '就業時間', '有給', '有休', 'リモートワーク', '在宅勤務', 'テレワーク', 'フレックス', '育休', '産休', '育児休業',
    '時短勤務', '休日出勤', 'ワークライフ', 'オンコール', '夜勤', '深夜', '終電', '働き方', '夕方以降', '時差', 'time zone*', 'timezone*',
    'overtime', 'work from home', 'wfh', 'pto', 'parental leave', 'maternity', 'paternity', 'on-call', 'on call', 'work-life', 'work life',
    'days a week', 'working hours', 'flexible hours', 'flexible working', 'flexible schedule', 'part-time', 'four-day week', 'sick leave',
    'annual leave', 'time off', 'late nights', 'after hours', 'after-hours', 'into the office', 'in-person', 'late in the evening', 'evenings', '帰りが遅', '遅くまで', '帰宅', '休む', '休める', '休んで',
  ]),
  ...group('workstyle', 2, 'hours, overtime, remote, leave', [
    '休日', '休暇', 'リモート', '在宅', '出社', '休み', '育児', '介護', '時短', '副業', 'シフト', '土日', '出張', '両立', '家庭', '子ども',
    '子供', '定時', '繁忙期', '夜遅く', '体力', '送り迎え', '勤務形態', '出勤',
    'hours', 'remote*', 'hybrid', 'vacation', 'leave', 'weekend*', 'in-office', 'in the office', 'childcare', 'parental', 'shift*',
    'workload', 'travel*', 'kids', 'children', 'family life', 'burnout', 'burn out', 'rotation', 'holidays', 'commitments at home',
  ]),
  ...group('workstyle', 1, 'working arrangement words that also occur elsewhere ("flexibility on salary", "勤務地")', ['勤務', 'flexib*', 'schedule flexibility']),

  // ── role ──
  ...group('role', 3, 'names the content of the job', [
    '業務内容', '仕事内容', '職務内容', '担当業務', '技術スタック', '使用技術', '開発環境', '業務範囲', '仕事の流れ', '一日の流れ', '1日の流れ',
    '責任範囲', '求められる', '期待される', '顧客折衝', '顧客対応', '兼務', '即戦力', '務まる',
    'day-to-day', 'day to day', 'tech stack', 'job description', 'responsibilit*', 'duties', 'expected of me', 'hands-on', 'hands on',
    'people management', 'customer-facing', 'client-facing', 'individual contributor', 'what i would be working on', "what i'd be working on",
  ]),
  ...group('role', 2, 'job content, skills and fit', [
    '業務', '職務', '役割', 'スキル', '経験', 'ついていけ', 'やっていけ', '裁量', 'マネジメント', 'ミッション', 'プロジェクト', '言語',
    'フレームワーク', 'タスク', '担当', '任され', '貢献', '英語', '語学', 'ビジネスレベル', 'toeic', '専門外', '未経験', 'コーディング', '開発',
    'stack', 'scope', 'fit', 'skill*', 'experience', 'qualified', 'keep up', 'expectations', 'projects', 'project', 'tasks', 'handle', 'coding',
    'programming', 'framework*', 'tooling', 'codebase', 'customers', 'clients', 'own the', 'owning', 'japanese', 'english', 'fluent', 'fluency',
    'conversational', 'in production', "haven't used", 'never used', 'not used', 'background in', 'contribute', 'ramp up', 'up to speed',
  ]),
  ...group('role', 1, 'the job as a whole ("for this position"): weak evidence of a job-content topic', ['ポジション', '仕事', '職種', 'role', 'position', 'job', 'work on']),

  // ── team_culture ──
  ...group('team_culture', 3, 'names the team, its people or its culture', [
    '雰囲気', '社風', '人間関係', 'カルチャー', '風土', '風通し', '馴染', 'なじめ', '離職率', '社内イベント', '飲み会', '懇親会', '男女比',
    '年齢層', 'メンバー構成', 'コミュニケーション', '連携', 'マネジメントスタイル', '上司となる方',
    'team dynamics', 'management style', 'reporting to', 'report to', 'fitting in', 'fit in', 'turnover', 'attrition', 'morale', 'silos',
    'collaborat*', 'team culture', 'company culture', 'work environment', 'decision-making', 'decisions get made', 'how decisions', 'disagreement*', 'conflict*', 'トップダウン', 'ボトムアップ',
  ]),
  ...group('team_culture', 2, 'team, manager, culture', [
    'チーム', '文化', '上司', '同僚', 'メンバー', '組織', '社員の方', '職場', '部署', '中途入社', '社員同士',
    'team*', 'culture', 'manager', 'colleague*', 'atmosphere', 'coworker*', 'co-worker*', 'people', 'boss', 'peers', 'environment',
    'department', 'socialis*', 'socializ*', 'together', 'relationship*', 'diversity', 'inclusi*', 'dynamics', 'glassdoor', 'founders', 'staff', 'leadership',
  ]),

  // ── career ──
  ...group('career', 3, 'names growth or a career path', [
    'キャリア', 'キャリアパス', 'スキルアップ', 'ステップアップ', '資格取得', '研修', '経験を積', '専門性', '勉強会', 'カンファレンス', '自己研鑽', '専門知識', '数年後', '携わりたい',
    'career*', 'growth', 'career path', 'path forward', 'plateau*', 'mentorship', 'mentor*', 'advancement', 'keep learning', 'upskill*',
    'learning budget', 'education budget', 'training budget', 'certification*', 'courses', 'conferences', 'progress*', 'track', 'new skills', 'room to grow', 'after a few years', 'in a few years',
  ]),
  ...group('career', 2, 'growth and future', [
    '成長', '昇進', '教育', '育成', '長期的', '挑戦', '伸ば', '伸び', '目指',
    'grow', 'training', 'learning', 'long-term', 'long term', 'development', 'path', 'senior', 'move into', 'grow into', 'next level', 'develop', '高めて', '高める', '長く働', '関わりたい', '機会',
  ]),
  ...group('career', 1, 'future or promotion words: often career, sometimes evaluation or timing', ['将来', 'promotion*', 'future']),

  // ── evaluation ──
  ...group('evaluation', 3, 'names the review or grading system', [
    '人事評価', '評価制度', '評価基準', '評価面談', '査定', '昇格', '目標設定', '等級', 'グレード', '年功序列', 'フィードバック',
    'performance review*', 'review cycle', 'stack rank*', 'forced ranking', 'forced distribution', 'evaluation*', 'evaluated', 'appraisal*', 'kpi*', 'okr*', 'rating scale', 'review process',
    'promotion criteria', 'criteria for promotion', 'measured', 'assessed', 'graded', 'rating*', 'seniority', 'annual review', 'year-end review', 'mid-year review',
  ]),
  ...group('evaluation', 2, 'performance review and grading', ['評価', '成果', '振り返り', '基準', 'performance', 'criteria', 'feedback', 'goals', 'judged', '測られ', '測る', 'tracked']),
  ...group('evaluation', 1, 'probation is judged, but often mentioned with pay; "reviews" may be company reviews online', ['試用期間', 'probation*', 'reviews', 'review']),

  // ── location ──
  ...group('location', 3, 'names the workplace, a move or the commute', [
    '勤務地', '転勤', '引越', '引っ越', '転居', '移住', '通勤', '異動', '赴任', '単身', '最寄り駅', '最寄駅', '社宅', '住まい', '住居', '勤務先',
    'relocat*', 'commut*', 'transfer*', 'finding a place', 'place to live', 'housing', 'apartment', 'parking', 'move to', 'moving to',
    'headquarters', 'long-distance', 'assignment abroad', 'overseas', 'across the country', 'neighborhood', 'neighbourhood',
  ]),
  ...group('location', 2, 'office, relocation, transfer', [
    'オフィス', '拠点', '本社', '支社', '支店', '地方', '海外', '駅',
    'office', 'location', 'located', 'visa', 'city', 'hq', 'moving', 'move', 'building', 'site', 'campus',
  ]),

  // ── process ──
  ...group('process', 3, 'names a selection step or its timing', [
    '次のステップ', '合否', '適性検査', '最終面接', '二次面接', '一次面接', '内定通知', '回答期限', '選考フロー', '選考状況', 'オファー面談',
    '技術課題', 'コーディングテスト', 'リファレンスチェック', '選考結果', '面接結果',
    'next step*', 'timeline', 'hear back', 'heard back', 'hearing back', 'reference check*', 'background check', 'offer letter',
    'onsite round', 'on-site round', 'final round', 'whiteboard', 'take-home', 'coding test', 'coding challenge', 'heard anything',
    'hear anything', 'remaining stages',
  ]),
  // "評価された/評価されるか" after an interview: how the interview went, not the review system.
  ...group('process', 3, 'an evaluation of the interview or the selection is about the selection', ['面接 … 評価', '選考 … 評価', 'interview … assess*', 'interview … evaluat*'], 20),
  ...group('process', 2, 'selection steps and timing', [
    '選考', '結果', '日程', 'スケジュール', '書類', '手続き', '課題', 'interview*', 'result*', 'schedul*', 'decision', 'paperwork',
    'deadline', 'assessment', 'status', 'stage', 'stages', 'round', 'rounds', 'onsite', 'on-site', '返事', '返信', 'ご回答', '回答',
  ]),
  ...group('process', 1, 'generic: any "process", contact or offer can be about anything', ['面接', '連絡', '面談', '内定', '進捗', 'process', 'contract', 'offer', 'hear', 'recruiter']),

  // ── start_date ──
  ...group('start_date', 3, 'joining date and notice period', [
    '入社日', '入社時期', '入社予定日', '入社のタイミング', '開始日', '勤務開始', '着任', '退職交渉', '引き継ぎ', '引継ぎ', '現職の退職', '退職日',
    '入社可能', '初出社', '初日', '退職の申し出', '有給消化',
    'start date', 'starting date', 'notice period', 'join date', 'joining date', 'when i could start', 'when i can start', 'start on', 'my start',
    'handover', 'hand over', 'resign*', 'start in', 'first day', 'onboarding', 'wrap things up', 'wrap up', 'two weeks notice', "two weeks' notice",
  ]),
  ...group('start_date', 2, 'joining date asked as "when … join/start"', ['when … join', 'when … start', 'when … begin'], 40),
  ...group('start_date', 1, 'joining, resigning or starting: usually the start date, but also a time reference', ['入社', '退職', '着任日', 'start', 'begin', 'notice', 'いつから', '現職', 'current employer', 'current job', 'current company', 'stay on', 'counteroffer']),

  // ── masks ──
  ...group('other', 0, 'time references, not the joining date ("入社後の研修" is about training)', ['入社後', '入社前', '入社して', 'after joining', 'once i join', 'starting to']),
  ...group('other', 0, '"mid-career hire" and recruiting verbs are not about the start date', ['中途採用']),

  // ── other: business and company topics, so a weak topic word elsewhere does not claim them ──
  ...group('other', 2, 'the company itself: strategy, finances, ownership, product direction', [
    '事業展開', '業績', '上場', '経営', '資金調達', '買収', '事業', '主力製品', 'ロードマップ', '個人情報',
    'ipo', 'go public', 'funding', 'acquisition', 'layoff*', 'financial*', 'runway', 'expansion', 'roadmap', 'personal data', 'privacy', '海外展開', '方針', '報道', 'ニュース', 'market', 'downturn', 'lawsuit', 'news', 'press',
  ]),
];
