// The built-in library: one template per moment of the method, in Japanese business keigo and
// natural English. Salutation and signature follow each language's mail conventions; the mail
// client adds the full signature block, so templates end with a closing line (and a name in en).
import { builtinId, MOMENTS, type Moment, type Template, type TemplateLanguage } from './schema';

/** Fixed so that a built-in compares equal across installs; bump when the text changes. */
export const BUILTIN_UPDATED_AT = '2025-11-25T00:00:00.000Z';

interface Text {
  title: string;
  subject: string;
  body: string;
}

const JA_OPENING = '{{candidateName}}\n\nお世話になっております。{{company}}採用担当の{{recruiterName}}です。\n';
const JA_CLOSING = '\n引き続きどうぞよろしくお願いいたします。';
const EN_OPENING = 'Dear {{candidateName}},\n\n';
const EN_CLOSING = '\n\nBest regards,\n{{recruiterName}}';

const ja = (body: string, closing = JA_CLOSING) => JA_OPENING + body + closing;
const en = (body: string) => EN_OPENING + body + EN_CLOSING;

const TEXTS: Record<Moment, Record<TemplateLanguage, Text>> = {
  before_interview: {
    ja: {
      title: '面接前のご案内',
      subject: '面接のご案内（{{company}}）',
      body: ja(
        '{{nextInterviewDate}}からの{{position}}の面接について、ご連絡いたします。当日は{{interviewerName}}が担当いたします。\n\n' +
          '面接の後、改めて私からご連絡し、ご感想や気になった点をお伺いできればと考えております。' +
          'こちらは選考とは切り離したものですので、率直にお聞かせいただけますと幸いです。\n',
      ),
    },
    en: {
      title: 'Before the interview',
      subject: 'Your interview on {{nextInterviewDate}}',
      body: en(
        'A quick note ahead of your interview for the {{position}} role on {{nextInterviewDate}}. You will be meeting {{interviewerName}}.\n\n' +
          "After the interview, I'll write to you to hear how it went from your side: your impressions, and any questions or concerns. " +
          "That conversation is separate from the selection, so please feel free to be candid.\n\nGood luck!",
      ),
    },
  },
  after_interview: {
    ja: {
      title: '面接後のお礼とご感想のお伺い',
      subject: '面接のお礼（{{company}}）',
      body: ja(
        '先日は{{position}}の面接にお時間をいただき、誠にありがとうございました。\n\n' +
          '面接を終えてみて、率直なご感想や、疑問に思われた点、ご不安な点などはございませんでしたか。\n' +
          'いただいた内容が選考に影響することは一切ございませんので、どのようなことでもお気軽にお聞かせください。\n' +
          'お伺いした内容をもとに、次のステップに向けて必要な情報をご用意いたします。\n',
      ),
    },
    en: {
      title: 'After the interview: thanks and impressions',
      subject: 'Thank you for interviewing with {{company}}',
      body: en(
        'Thank you for taking the time to interview for the {{position}} role. We really enjoyed the conversation.\n\n' +
          "How did it feel from your side? I'd love to hear your impressions, and any questions or concerns the interview left you with. " +
          'Whatever you tell me has no effect on the selection; it simply helps us give you the information you need for the next step.\n\n' +
          'Just reply to this email with anything on your mind.',
      ),
    },
  },
  quick_answer: {
    ja: {
      title: 'ご質問への回答',
      subject: 'ご質問への回答（{{company}}）',
      body: ja(
        'ご質問をお寄せいただき、ありがとうございます。\n\n' +
          '「{{question}}」とのご質問について、以下のとおり回答いたします。\n\n' +
          '{{answer}}\n\n' +
          'ほかにもご不明な点やご不安な点がございましたら、いつでもお気軽にお知らせください。\n',
      ),
    },
    en: {
      title: 'Answer to a question',
      subject: 'Your question',
      body: en(
        'Thank you for your question, and for asking it openly.\n\n' +
          'You asked: "{{question}}"\n\n' +
          '{{answer}}\n\n' +
          'If anything else comes to mind, just reply to this email.',
      ),
    },
  },
  deferred_answer: {
    ja: {
      title: 'ご質問への回答（次回面接でご説明）',
      subject: 'ご質問について（{{company}}）',
      body: ja(
        'ご質問をお寄せいただき、ありがとうございます。\n\n' +
          '「{{question}}」とのご質問につきましては、正確にお答えするため、社内で確認させていただきたく存じます。\n' +
          '確認のうえ、次回{{nextInterviewDate}}からの面接の場で改めてご説明いたします。\n\n' +
          'お待たせしてしまい恐縮ですが、何卒ご了承ください。ほかにも気になる点がございましたら、お気軽にお知らせください。\n',
      ),
    },
    en: {
      title: 'Answer at the next interview',
      subject: 'Your question',
      body: en(
        'Thank you for your question: "{{question}}"\n\n' +
          "I want to give you an accurate answer, so I'm checking with the team first. " +
          "We'll go through it with you at your next interview on {{nextInterviewDate}}.\n\n" +
          'Thank you for your patience. If anything else comes up in the meantime, just let me know.',
      ),
    },
  },
  gap_reminder: {
    ja: {
      title: '次回面接までのご連絡',
      subject: '次回面接の日程について（{{company}}）',
      body: ja(
        '次回の{{position}}の面接は、{{nextInterviewDate}}からを予定しております。少し間が空きますので、念のためご連絡いたしました。\n\n' +
          'その後、新たに気になった点やご質問はございませんでしょうか。面接を待たずにお答えできることもございますので、どのようなことでもお気軽にお知らせください。' +
          'なお、ご質問の内容が選考に影響することはございません。\n',
      ),
    },
    en: {
      title: 'Reminder while waiting for the next interview',
      subject: 'Looking ahead to your next interview',
      body: en(
        'A quick note while we wait for your next interview for the {{position}} role, scheduled for {{nextInterviewDate}}.\n\n' +
          'Has anything new come up since we last spoke: any questions or concerns? ' +
          'Some things I can answer right away, with no need to wait for the interview, and asking has no effect on the selection.',
      ),
    },
  },
  introduce_colleague: {
    ja: {
      title: '社員のご紹介',
      subject: '弊社社員とお話しする機会のご提案（{{company}}）',
      body: ja(
        '先日は{{concern}}について率直にお聞かせいただき、ありがとうございました。\n\n' +
          'この点については、実際に現場で経験している弊社の{{colleagueName}}から直接お話しするのがよいと考え、ご連絡いたしました。' +
          '{{colleagueName}}であれば、実際の状況をありのままにお伝えできるかと存じます。\n\n' +
          '30分ほど、オンラインでお話しする機会はいかがでしょうか。選考とは関係のない場ですので、気になることを何でもお尋ねください。' +
          'ご都合のよい日時をいくつかお知らせいただけますと幸いです。\n',
      ),
    },
    en: {
      title: 'Introduce a colleague',
      subject: 'Would you like to talk with {{colleagueName}}?',
      body: en(
        'Thank you for telling me openly about {{concern}}.\n\n' +
          "I think the best person to speak to this is my colleague {{colleagueName}}, who deals with it day to day and will give you an honest picture. " +
          'Would a 30-minute video call with {{colleagueName}} be useful? It is not part of the selection, so feel free to ask anything.\n\n' +
          "If you're interested, just send me a few times that work for you.",
      ),
    },
  },
  decline_hint_call: {
    ja: {
      title: 'お電話でのお話のご提案',
      subject: 'お電話でのご相談について（{{company}}）',
      body: ja(
        'ご連絡いただき、ありがとうございます。\n\n' +
          '選考状況について、一度お電話でお話しさせていただくことは可能でしょうか。\n' +
          'ご検討いただくうえで気がかりな点がございましたら、直接お伺いし、できる限りお答えしたいと考えております。' +
          '15分ほどで結構ですので、ご都合のよい日時をいくつかお知らせいただけますと幸いです。\n\n' +
          'もちろん、メールでのご返信でも構いません。\n',
      ),
    },
    en: {
      title: 'Propose a call',
      subject: 'Could we have a quick call?',
      body: en(
        'Thank you for your message.\n\n' +
          'May I call you about your selection status? If anything is making you hesitate, I would like to hear it directly and answer what I can. ' +
          'Fifteen minutes would be plenty; could you let me know a few times that suit you?\n\n' +
          'Of course, replying by email is fine too.',
      ),
    },
  },
  final_stage_speedup: {
    ja: {
      title: '最終段階：選考の前倒しのご提案',
      subject: '今後の選考日程について（{{company}}）',
      body: ja(
        '{{position}}の選考も、いよいよ最終段階となりました。これまでお時間をいただき、誠にありがとうございます。\n\n' +
          'ご都合がよろしければ、残りの選考を前倒しで進めさせていただくことも可能です。' +
          '最終面接の日程や必要書類のご案内を、できる限り早くお送りいたします。\n' +
          'ほかの企業様の選考状況などにより、ご判断の時期にご希望がございましたら、遠慮なくお知らせください。\n',
      ),
    },
    en: {
      title: 'Final stage: speed up the remaining steps',
      subject: 'The final steps for the {{position}} role',
      body: en(
        "You've reached the final stage for the {{position}} role. Thank you for all the time you've given us so far.\n\n" +
          'If it helps you, we can speed up the remaining steps: schedule the final interview sooner and send the paperwork in advance. ' +
          "If you have other processes running or a date you need to decide by, just tell me and we'll work around it.",
      ),
    },
  },
  offer_follow_up: {
    ja: {
      title: '内定後のご連絡',
      subject: '内定のお祝いと今後の流れについて（{{company}}）',
      body: ja(
        'このたびは{{position}}ポジションへの内定、誠におめでとうございます。ご一緒できることを心より楽しみにしております。\n\n' +
          '今後の流れは以下のとおりです。\n' +
          '1. お送りした労働条件をご確認ください。\n' +
          '2. ご不明な点があれば、条件について個別にご説明する場を設けます。\n' +
          '3. ご検討のうえ、ご回答をお知らせください。\n\n' +
          'ご不明な点やご不安な点がございましたら、私までお気軽にご連絡ください。業務内容については、面接を担当した{{interviewerName}}からもご説明できます。\n',
      ),
    },
    en: {
      title: 'Offer follow-up',
      subject: 'Congratulations on your offer from {{company}}',
      body: en(
        'Congratulations on your offer for the {{position}} role! We are really looking forward to working with you.\n\n' +
          "Here's what happens next:\n" +
          '1. Please review the terms we sent you.\n' +
          '2. If anything is unclear, we can set up a call to walk through them.\n' +
          '3. Once you have decided, just let me know.\n\n' +
          'For any question or concern, I am your contact. For questions about the work itself, {{interviewerName}}, who interviewed you, is happy to help too.',
      ),
    },
  },
  post_decline_survey: {
    ja: {
      title: '辞退後のお礼とアンケートのお願い',
      subject: '選考のお礼とアンケートのお願い（{{company}}）',
      body: ja(
        'このたびは{{position}}の選考にお時間を割いていただき、誠にありがとうございました。\n\n' +
          '今後の採用活動の改善のため、選考プロセスについての簡単なアンケートにご協力いただけますと幸いです（所要時間は3分ほどです）。\n' +
          '{{surveyUrl}}\n\n' +
          'ご回答は任意ですが、率直なご意見をいただけますと大変ありがたく存じます。\n' +
          '末筆ながら、今後のご活躍を心よりお祈り申し上げます。',
        // "引き続きよろしく" would be wrong once the selection is over: the wish above closes it.
        '',
      ),
    },
    en: {
      title: 'After a decline: thanks and survey',
      subject: 'Thank you, and a short survey',
      body: en(
        'Thank you for considering {{company}} and for the time you spent with us during the {{position}} process.\n\n' +
          'To improve how we run our hiring, would you be willing to answer a short survey about the process? It takes about three minutes:\n' +
          '{{surveyUrl}}\n\n' +
          'It is entirely optional, and honest feedback is the most useful kind. We wish you all the best in your next step.',
      ),
    },
  },
};

function build(): Template[] {
  const out: Template[] = [];
  for (const moment of MOMENTS) {
    for (const language of ['ja', 'en'] as const) {
      const text = TEXTS[moment][language];
      out.push({ id: builtinId(moment, language), moment, language, builtin: true, updatedAt: BUILTIN_UPDATED_AT, ...text });
    }
  }
  return out;
}

/** All 20 built-ins. Frozen: callers copy before editing (the options page duplicates, then edits). */
export const BUILTIN_TEMPLATES: readonly Template[] = Object.freeze(build().map((t) => Object.freeze(t)));

/** The shipped text of one built-in, e.g. to restore it after a team edited it. */
export function getBuiltinTemplate(moment: Moment, language: TemplateLanguage): Template {
  const found = BUILTIN_TEMPLATES.find((t) => t.moment === moment && t.language === language);
  if (!found) throw new Error(`no built-in template for ${moment}/${language}`);
  return { ...found };
}

const BUILTIN_BY_ID: ReadonlyMap<string, Template> = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

/**
 * An override replaces one built-in in the suggestions for its moment and language; moving it to
 * another moment would silently remove that built-in, so a variant must be a duplicate instead.
 * Null when `t` is not a built-in or keeps its place. `where` prefixes the field ("templates[3].").
 */
export function builtinOverrideProblem(t: Pick<Template, 'id' | 'moment' | 'language'>, where = ''): string | null {
  const shipped = BUILTIN_BY_ID.get(t.id);
  if (!shipped) return null;
  if (t.moment !== shipped.moment) return `${where}moment: an edited built-in keeps its moment "${shipped.moment}" (duplicate it to change it)`;
  if (t.language !== shipped.language) return `${where}language: an edited built-in keeps its language "${shipped.language}" (duplicate it to change it)`;
  return null;
}
