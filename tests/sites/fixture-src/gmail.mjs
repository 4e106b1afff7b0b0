// Gmail page builder: the app chrome (Google bar, nav with labels, toolbar, hidden inbox list,
// side panel, compose dock) around a thread, with Gmail's nesting, minified classes, jsaction/jslog
// noise. Modelled on public captures of Gmail markup (InboxSDK, Mailvelope, extension sources).
import { esc, hex, jslog, linesToDivs, rng, token } from './html.mjs';

const L = {
  ja: {
    search: 'メールを検索', compose: '作成', reply: '返信', replyAll: '全員に返信', forward: '転送', more: 'その他',
    labels: ['受信トレイ', 'スター付き', 'スヌーズ中', '重要', '送信済み', '予定送信', '下書き', 'すべてのメール', '迷惑メール', 'ゴミ箱'],
    userLabels: ['採用', '採用/候補者', '採用/面接調整', '採用/内定者', '社内', '請求書', 'ニュースレター'],
    account: (n, e) => `Google アカウント: ${n}  \n(${e})`,
    to: 'To', me: '自分', star: 'スターなし', details: '詳細を表示', back: '受信トレイに戻る', archive: 'アーカイブ',
    spam: '迷惑メールを報告', del: '削除', unread: '未読にする', snooze: 'スヌーズ', task: 'ToDo リストに追加', move: '移動',
    inbox: '受信トレイ', older: '件の以前のメッセージ', body: 'メッセージ本文', trimmed: 'トリミングされたコンテンツの表示',
  },
  en: {
    search: 'Search mail', compose: 'Compose', reply: 'Reply', replyAll: 'Reply all', forward: 'Forward', more: 'More',
    labels: ['Inbox', 'Starred', 'Snoozed', 'Important', 'Sent', 'Scheduled', 'Drafts', 'All Mail', 'Spam', 'Trash'],
    userLabels: ['Recruiting', 'Recruiting/Candidates', 'Recruiting/Scheduling', 'Recruiting/Offers', 'Internal', 'Invoices', 'Newsletters'],
    account: (n, e) => `Google Account: ${n}  \n(${e})`,
    to: 'to', me: 'me', star: 'Not starred', details: 'Show details', back: 'Back to Inbox', archive: 'Archive',
    spam: 'Report spam', del: 'Delete', unread: 'Mark as unread', snooze: 'Snooze', task: 'Add to Tasks', move: 'Move to',
    inbox: 'Inbox', older: 'older messages', body: 'Message Body', trimmed: 'Show trimmed content',
  },
};

function googleBar(lang, me, r) {
  const t = L[lang];
  return `<header class="gb_Aa gb_Va gb_Da gb_Ba gb_Fa" id="gb" role="banner" style="background-color:transparent">
<div class="gb_0d gb_Ha gb_Pd" ng-non-bindable=""><div class="gb_Oc"><div class="gb_Fc gb_ld" aria-expanded="false" aria-label="メインメニュー" role="button" tabindex="0"><svg focusable="false" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"></path></svg></div>
<div class="gb_Fc gb_Ic gb_ld" aria-label="Gmail" role="link"><a class="gb_ld gb_Fc gb_Cd" href="#inbox" title="Gmail"><img class="gb_Kc gb_fd" src="data:," srcset="" alt="" aria-hidden="true" role="presentation" style="width:109px;height:40px"></a></div></div>
<div class="gb_id gb_Ed gb_Gd"><div class="gb_Dc"></div><div class="gb_Kd"><form class="gb_ve gb_Ae" method="get" role="search"><button class="gb_ye" aria-label="${esc(t.search)}" role="button"><svg focusable="false" height="24px" viewBox="0 0 24 24" width="24px"><path d="M20.49,19l-5.73-5.73C15.53,12.2,16,10.91,16,9.5C16,5.91,13.09,3,9.5,3S3,5.91,3,9.5C3,13.09,5.91,16,9.5,16 c1.41,0,2.7-0.47,3.77-1.24L19,20.49L20.49,19z"></path></svg></button>
<div class="gb_ue"><input class="gb_se aJh" aria-label="${esc(t.search)}" autocomplete="off" placeholder="${esc(t.search)}" value="" name="q" type="text" dir="ltr" spellcheck="false" jsaction="${token(r, 6)}:${token(r, 6)}"></div>
<button class="gb_Ce" aria-label="検索オプションを表示" role="button" aria-haspopup="true" jslog="${jslog(r, 141276)}"><svg focusable="false" height="24px" viewBox="0 0 24 24"><path d="M3 17v2h6v-2H3zM3 5v2h10V5H3zm10 16v-2h8v-2h-8v-2h-2v6h2zM7 9v2H3v2h4v2h2V9H7zm14 4v-2H11v2h10zm-6-4h2V7h4V5h-4V3h-2v6z"></path></svg></button></form></div></div>
<div class="gb_Ld gb_Jd"><div class="gb_Ud"><div class="gb_vc gb_K gb_ed" data-ogsr-up=""><div class="gb_Qe"><div class="gb_d gb_Ra" jscontroller="${token(r, 6)}" jsaction="click:${token(r, 6)}"><a class="gb_d gb_Ja" aria-label="Google アプリ" href="https://www.google.co.jp/intl/ja/about/products" aria-expanded="false" role="button" tabindex="0"><svg class="gb_F" focusable="false" viewBox="0 0 24 24"><path d="M6,8c1.1,0 2,-0.9 2,-2s-0.9,-2 -2,-2 -2,0.9 -2,2 0.9,2 2,2z"></path></svg></a></div></div>
<div class="gb_A gb_0a gb_K"><a class="gb_d gb_Ja gb_K" aria-label="${esc(t.account(me.name, me.email))}" href="https://accounts.google.com/SignOutOptions?hl=${lang}&amp;continue=https://mail.google.com/mail/&amp;service=mail" tabindex="0" role="button"><img class="gb_O gbii" src="data:," alt="" aria-hidden="true" data-noaft=""></a></div></div></div></div>
</header>`;
}

function nav(lang, r, unread) {
  const t = L[lang];
  const label = (name, i, count, selected) => `<div class="aim${selected ? ' ain' : ''}"><div class="TO${selected ? ' nZ aiq' : ''}" id=":${(i + 40).toString(36)}" data-tooltip="${esc(name)}" data-tooltip-align="r" jslog="${jslog(r, 38514)}"><div class="TN bzz aHS-bnt" style="margin-left:0px"><div class="qj"></div><div class="aio UKr6le"><span class="nU "><a href="https://mail.google.com/mail/u/0/#${i === 0 ? 'inbox' : 'label/' + encodeURIComponent(name)}" target="_top" class="J-Ke n0" title="${esc(name)}" aria-label="${esc(name)}${count ? ` ${count}` : ''}" tabindex="-1" draggable="false">${esc(name)}</a></span></div>${count ? `<div class="bsU">${count}</div>` : ''}</div></div></div>`;
  const labels = t.labels.map((n, i) => label(n, i, i === 0 ? unread : i === 6 ? 2 : 0, i === 0)).join('\n');
  const user = t.userLabels.map((n, i) => label(n, i + 20, i === 1 ? 4 : 0, false)).join('\n');
  return `<div class="aeN WR a6o anZ nn aUx" role="navigation" style="width:256px">
<div class="aic"><div class="z0"><div class="T-I T-I-KE L3" tabindex="0" role="button" style="user-select:none" gh="cm" jscontroller="eIu7Db" jsaction="click:dlrqf; clickmod:dlrqf" jslog="${jslog(r, 20510)}">${esc(t.compose)}</div></div></div>
<div class="Ls77Lb aZ6"><div class="wT"><div class="byl"><div class="TK">
${labels}
</div></div></div>
<div class="aAw FgKVne"><h2 class="aWk">${lang === 'ja' ? 'ラベル' : 'Labels'}</h2><div class="yJ" role="button" tabindex="0" data-tooltip="${lang === 'ja' ? '新しいラベルを作成' : 'Create new label'}"></div></div>
<div class="n3"><div class="byl aJZ a0L"><div class="TK">
${user}
</div></div></div></div></div>`;
}

function toolbar(lang, r, thread) {
  const t = L[lang];
  const btn = (tip, cls) => `<div class="T-I J-J5-Ji ${cls} T-I-ax7 T-I-Js-IF mA" role="button" tabindex="0" aria-label="${esc(tip)}" data-tooltip="${esc(tip)}" jslog="${jslog(r, 20279)}" style="user-select:none"><div class="asa"><div class="ar9 T-I-J3 J-J5-Ji"></div></div></div>`;
  const buttons = thread
    ? [btn(t.back, 'lS'), btn(t.archive, 'nN'), btn(t.spam, 'nN'), btn(t.del, 'nX'), btn(t.unread, 'bvt'), btn(t.snooze, 'bzn'), btn(t.task, 'bDw'), btn(t.move, 'ns')]
    : [btn(lang === 'ja' ? '選択' : 'Select', 'T-I-Js-Gs'), btn(lang === 'ja' ? '更新' : 'Refresh', 'nu'), btn(t.more, 'nf')];
  return `<div class="nH"><div class="nH aqK"><div class="Cq aqL" gh="mtb"><div><div class="G-tF">${buttons.join('')}</div></div>
<div class="ar5 J-J5-Ji"><span class="Di"><div class="J-J5-Ji amH J-JN-I" aria-haspopup="true" role="button" tabindex="0"><span class="Dj"><span class="ts">1</span>–<span class="ts">50</span> / <span class="ts">1,284</span></span></div></span></div></div></div></div>`;
}

/** A hidden inbox list, as Gmail keeps it under an open thread (its snippets must never be read). */
export function inboxList(lang, r, rows) {
  const tr = (row, i) => `<tr class="zA ${row.unread ? 'zE' : 'yO'}" id=":${(200 + i).toString(36)}" tabindex="-1" role="row" aria-labelledby=":${(300 + i).toString(36)}" draggable="false" jscontroller="ZdOxDb" jsaction="${token(r, 5)}:${token(r, 6)};${token(r, 5)}:${token(r, 6)}" jslog="${jslog(r, 20282)}">
<td class="PF xY PE"></td><td id=":${(400 + i).toString(36)}" class="oZ-x3 xY aid" role="gridcell" style=""><div id=":${(500 + i).toString(36)}" class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-labelledby=":${(300 + i).toString(36)}" dir="ltr" aria-checked="false" tabindex="-1" jslog="${jslog(r, 20283)}"><div class="T-Jo-auh"></div></div></td>
<td class="apU xY"><span class="aXw T-KT" role="button" aria-label="${esc(L[lang].star)}" data-tooltip="${esc(L[lang].star)}"></span></td><td class="WA xY"></td>
<td class="yX xY "><div class="afn"></div><div class="yW"><span class="bA4"><span translate="no" class="${row.unread ? 'zF' : 'yP'}" email="${esc(row.email)}" name="${esc(row.name)}" data-hovercard-id="${esc(row.email)}">${esc(row.name)}</span></span></div></td>
<td tabindex="-1" class="xY a4W"><div class="a4X" style="padding-right:0px"><div class="xS" role="link"><div class="xT"><div class="yi"></div><div class="y6"><span class="bog"><span class="bqe" data-thread-id="#thread-f:${row.threadDec}" data-legacy-thread-id="${hex(row.threadDec)}" data-legacy-last-message-id="${hex(row.threadDec)}" data-legacy-last-non-draft-message-id="${hex(row.threadDec)}">${esc(row.subject)}</span></span></div><span class="y2"><span class="Zt">&nbsp;-&nbsp;</span>${esc(row.snippet)}</span></div></div></div></td>
<td class="bq4 xY"><ul class="bqY" role="toolbar"><li class="bqX brq" data-tooltip="${esc(L[lang].archive)}" jsaction="${token(r, 5)}:${token(r, 6)}"></li><li class="bqX bru" data-tooltip="${esc(L[lang].del)}"></li></ul></td>
<td class="xW xY "><span title="${esc(row.dateTitle)}" aria-label="${esc(row.dateTitle)}"><span>${esc(row.dateShort)}</span></span></td></tr>`;
  return `<div class="ae4 aDM nH oy8Mbf" gh="tl"><div class="Cp"><div><table cellpadding="0" id=":1y" class="F cf zt" aria-readonly="true" role="grid" aria-labelledby=":1x"><colgroup><col class="Ci"><col class="y5"><col class="WA"><col class="yY"><col><col class="xX"><col class="xX"></colgroup><tbody>
${rows.map(tr).join('\n')}
</tbody></table></div></div></div>`;
}

export const INBOX_ROWS = {
  ja: [
    { name: '山田 花子', email: 'hanako.yamada@example.jp', subject: 'Re: 【株式会社サンプル】一次面接のお礼と今後のご案内', snippet: 'お世話になっております。山田花子です。本日は面接の機会をいただき、誠にありがとうございました。', dateTitle: '2026年11月20日(金) 10:15', dateShort: '11月20日', unread: true, threadDec: '1849733126471935512' },
    { name: '採用ニュース編集部', email: 'news@recruit-news.example.com', subject: '【週刊】採用トレンド 11月第3週号', snippet: '今週のトピック：内定辞退を防ぐための面接後フォロー 5 つのポイント…', dateTitle: '2026年11月20日(金) 7:00', dateShort: '11月20日', unread: false, threadDec: '1849701234567890123' },
    { name: '鈴木 一郎', email: 'ichiro.suzuki@example.co.jp', subject: '来週の面接官アサインについて', snippet: '佐藤さん 来週の二次面接の面接官ですが、火曜と木曜は私が担当できます。リモートでも大丈夫でしょうか？', dateTitle: '2026年11月19日(木) 17:44', dateShort: '11月19日', unread: false, threadDec: '1849698765432109876' },
    { name: 'Google カレンダー', email: 'calendar-notification@google.com', subject: '招待: 一次面接 山田様 2026年11月19日(木) 14:00', snippet: '一次面接 山田様 日時 2026年11月19日(木) 14:00～15:00 (日本標準時)', dateTitle: '2026年11月11日(水) 10:06', dateShort: '11月11日', unread: false, threadDec: '1849012345678901234' },
    { name: '経理部', email: 'keiri@example.co.jp', subject: '11月分 請求書の提出期限', snippet: '各位 11月分の請求書は 11/28 までにご提出ください。', dateTitle: '2026年11月10日(火) 9:00', dateShort: '11月10日', unread: false, threadDec: '1848934567890123456' },
  ],
  en: [
    { name: 'Daniel Brooks', email: 'daniel.brooks@example.net', subject: 'Re: Thank you for interviewing with Example Corp', snippet: 'Hi Emily, Thank you for the interview today. I really enjoyed meeting the team…', dateTitle: 'Fri, Nov 20, 2026, 10:15 AM', dateShort: 'Nov 20', unread: true, threadDec: '1849733126471935777' },
    { name: 'Hiring Weekly', email: 'digest@hiring-weekly.example.org', subject: 'Hiring Weekly: why candidates decline offers', snippet: 'This week: 5 reasons candidates decline, and how to keep them engaged after the interview…', dateTitle: 'Fri, Nov 20, 2026, 7:00 AM', dateShort: 'Nov 20', unread: false, threadDec: '1849701234567890999' },
    { name: 'Priya Shah', email: 'priya.shah@example.com', subject: 'Panel for Thursday', snippet: 'Can you join the panel on Thursday? Is remote OK for you?', dateTitle: 'Thu, Nov 19, 2026, 5:44 PM', dateShort: 'Nov 19', unread: false, threadDec: '1849698765432109000' },
  ],
};

function sidePanel(r) {
  return `<div class="bq9 buW" role="complementary"><div class="brC-aT5-aOt-Jw" role="tablist"><div class="brC-aT5-aOt-bsf-Jw"><div class="bse-bvF-I aT5-aOt-I" role="tab" aria-selected="false" aria-label="Calendar" data-tooltip="Calendar" jslog="${jslog(r, 38789)}" tabindex="0"><div class="aT5-aOt-I-JX-Jw" style="background-image:none"></div></div>
<div class="bse-bvF-I aT5-aOt-I" role="tab" aria-selected="false" aria-label="Keep" data-tooltip="Keep" tabindex="-1"><div class="aT5-aOt-I-JX-Jw"></div></div><div class="bse-bvF-I aT5-aOt-I" role="tab" aria-selected="false" aria-label="Tasks" data-tooltip="Tasks" tabindex="-1"><div class="aT5-aOt-I-JX-Jw"></div></div><div class="bse-bvF-I aT5-aOt-I" role="tab" aria-selected="false" aria-label="Contacts" data-tooltip="Contacts" tabindex="-1"><div class="aT5-aOt-I-JX-Jw"></div></div></div></div></div>`;
}

/**
 * One message. `state` is 'expanded' | 'collapsed'; `body` is the a3s inner HTML for expanded ones.
 * `snippet` is the text Gmail shows for collapsed ones (never read by the adapter).
 */
export function gmailMessage({ lang, r, n, msgDec, from, to, date, state, body, snippet, replyBar, replyOpen }) {
  const t = L[lang];
  const id = (k) => `:${(n * 16 + k).toString(36)}`;
  const idAttrs = `data-message-id="#msg-f:${msgDec}" data-legacy-message-id="${hex(msgDec)}"`;
  const senderSpan = `<span translate="no" class="gD" email="${esc(from.email)}" name="${esc(from.name)}" data-hovercard-id="${esc(from.email)}" data-hovercard-owner-id="${n + 10}"><span>${esc(from.name)}</span></span>`;
  const dateSpan = `<span id="${id(3)}" class="g3" title="${esc(date.title)}" alt="${esc(date.title)}" role="gridcell" tabindex="-1">${esc(date.short)}</span>`;
  if (state === 'collapsed') {
    return `<div class="kv" role="listitem" aria-expanded="false" tabindex="-1"><div class="Bk"><div class="G3 G2"><div>
<div id="${id(1)}" class="adf ads" ${idAttrs}><div class="kQ"></div><div class="gs"><div class="gE hI" tabindex="-1"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ xD">
<td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td class="c2"><h3 class="iw gFxsud"><span class="qu" role="gridcell" tabindex="-1">${senderSpan}</span></h3></td></tr></tbody></table></td>
<td class="gH bAk"><div class="gK"><span></span>${dateSpan}<div class="zd bi4" aria-label="${esc(t.star)}" tabindex="0" role="checkbox" aria-checked="false" data-tooltip="${esc(t.star)}" jslog="${jslog(r, 20511)}"><span class="T-KT"><img class="f T-KT-JX" src="data:," alt=""></span></div></div></td></tr>
<tr><td colspan="2"><div class="iA g6"><span>${esc(snippet)}</span></div></td></tr></tbody></table></div></div></div>
</div></div></div></div>`;
  }
  const toSpans = to
    .map((p) => `<span translate="no" class="g2" email="${esc(p.email)}" name="${esc(p.me ? t.me : p.name)}" data-hovercard-id="${esc(p.email)}">${esc(p.me ? t.me : p.name)}</span>`)
    .join(', ');
  const reply = replyOpen
    ? `<div class="ip adB"><div class="M9"><div class="aoI"><div class="I5"><form enctype="multipart/form-data" method="POST"><input type="hidden" name="subjectbox" value=""><div class="aoD hl" tabindex="1"><div class="oL aDm az9"><span class="vN bfK a3q" email="${esc(from.email)}"><div class="afV" data-hovercard-id="${esc(from.email)}" data-name="${esc(from.name)}"><div class="akl">${esc(from.name)}</div></div></span></div><input class="agP aFw" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" type="text" value=""></div></form>
<table class="iN"><tbody><tr><td class="Ap"><div id="${id(9)}" class="Ar Au Ao" style="display:block"><div id="${id(10)}" class="Am aiL Al editable LW-avf tS-tW tS-tY" hidefocus="true" aria-label="${esc(t.body)}" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" style="direction:ltr;min-height:85px" itacorner="6,7:1,1,0,0" spellcheck="false" aria-owns="${id(12)}" aria-controls="${id(12)}" aria-expanded="false"><br></div></div></td></tr></tbody></table>
<div class="ajR" role="button" tabindex="0" aria-label="${esc(t.trimmed)}" data-tooltip="${esc(t.trimmed)}"><img class="ajT" src="data:," alt=""></div>
<table class="IZ"><tbody><tr class="btC"><td class="gU Up"><div class="dC"><div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="1" aria-label="${lang === 'ja' ? '送信' : 'Send'}" data-tooltip="${lang === 'ja' ? '送信' : 'Send'}" jslog="${jslog(r, 32601)}">${lang === 'ja' ? '送信' : 'Send'}</div></div></td></tr></tbody></table></div></div></div></div>`
    : replyBar
      ? `<div class="ip iq"><div class="amn"><span id="${id(11)}" class="ams bkH" role="link" tabindex="0" jslog="${jslog(r, 21576)}">${esc(t.reply)}</span><span class="ams bkI" role="link" tabindex="0" jslog="${jslog(r, 21577)}">${esc(t.replyAll)}</span><span class="ams bkG" role="link" tabindex="0" jslog="${jslog(r, 21578)}">${esc(t.forward)}</span></div></div>`
      : '';
  return `<div class="h7  ie nH oy8Mbf" role="listitem" aria-expanded="true" tabindex="-1"><div class="Bk"><div class="G3 G2"><div>
<div id="${id(1)}" class="adn ads" style="display:" ${idAttrs}><div class="gs"><div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ xD">
<td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td class="c2"><h3 class="iw gFxsud"><span class="qu" role="gridcell" tabindex="-1">${senderSpan} <span class="go"><span aria-hidden="true">&lt;</span>${esc(from.email)}<span aria-hidden="true">&gt;</span></span></span></h3></td></tr></tbody></table></td>
<td class="gH bAk"><div class="gK"><span></span>${dateSpan}<div class="zd bi4" aria-label="${esc(t.star)}" tabindex="0" role="checkbox" aria-checked="false" data-tooltip="${esc(t.star)}" jslog="${jslog(r, 20511)}"><span class="T-KT"><img class="f T-KT-JX" src="data:," alt=""></span></div></div></td>
<td class="gH acX bAm" rowspan="2"><div class="T-I J-J5-Ji T-I-Js-IF aaq T-I-ax7 L3" role="button" tabindex="0" data-tooltip="${esc(t.reply)}" aria-label="${esc(t.reply)}" jslog="${jslog(r, 21576)}" style="user-select:none"><img class="hB T-I-J3" role="button" src="data:," alt=""></div><div class="T-I J-J5-Ji T-I-Js-Gs aap T-I-awG T-I-ax7 L3" role="button" aria-haspopup="true" aria-expanded="false" tabindex="0" data-tooltip="${esc(t.more)}" aria-label="${esc(t.more)}" jslog="${jslog(r, 21579)}" style="user-select:none"><img class="hA T-I-J3" role="menu" src="data:," alt=""></div></td></tr>
<tr class="acZ"><td colspan="3"><table cellpadding="0" class="cf adz"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">${esc(t.to)} ${toSpans}</span></div><div id="${id(5)}" aria-haspopup="true" class="ajy" role="button" tabindex="0" aria-label="${esc(t.details)}" data-tooltip="${esc(t.details)}"><img class="ajz" id="${id(6)}" src="data:," alt=""></div></td></tr></tbody></table></td></tr></tbody></table></div>
<div class="qQVYZb"></div><div class="utdU2e"></div><div class="lQs8Hd" jsaction="SN3rtf:rcuQ6b" jscontroller="i3Ohde"></div><div class="btm"></div>
<div id="${id(7)}" class="ii gt" jslog="${jslog(r, 20277)}"><div id="${id(8)}" class="a3s aiL ">${body}<div class="yj6qo"></div><div class="adL"><br></div></div></div><div class="hi"></div></div>
${reply}
</div></div></div></div></div>`;
}

/** A candidate's reply as Gmail renders it: own text, signature, then the quoted earlier mail. */
export function gmailReplyBody(c) {
  return `<div dir="ltr">${linesToDivs(c.candidateOwn)}<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${linesToDivs(c.candidateSignature.slice(1))}</div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${esc(c.quoteAttr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div class="im"><div dir="ltr">${linesToDivs(c.recruiterMail)}<div><br></div>${linesToDivs(c.recruiterSignature)}</div></div></blockquote></div>`;
}

export function gmailPlainBody(lines, signature) {
  return `<div dir="ltr">${linesToDivs(lines)}${signature ? `<div><br></div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">${linesToDivs(signature)}</div>` : ''}</div>`;
}

export function gmailPage({ lang, me, title, hash, subject, threadDec, messagesHtml, listOnly, listRows, seed, dockHtml }) {
  const r = rng(seed);
  const t = L[lang];
  const labelsChips = `<div class="J-J5-Ji"><div class="ahR"><span class="at" title="${esc(t.inbox)}" style="background-color:#ddd;color:#666"><div class="au" style="border-color:#ddd"><div class="av">${esc(t.inbox)}</div></div></span><div class="wYeeg" role="button" tabindex="0" data-tooltip="${lang === 'ja' ? 'このラベルを削除' : 'Remove label'}"></div></div></div>`;
  const thread = listOnly
    ? ''
    : `<div class="nH if" role="presentation"><div class="nH aHU"><div class="nH hx"><div class="nH"><div class="ha"><h2 id=":2e" class="hP" tabindex="-1" data-thread-perm-id="thread-f:${threadDec}" data-legacy-thread-id="${hex(threadDec)}" jsaction="${token(r, 6)}:${token(r, 6)}">${esc(subject)}</h2>${labelsChips}<div class="bHJ"></div></div></div>
<div class="nH"><div class="Bu bAn"><div class="nH aHU"><div class="nH" role="list">${messagesHtml}</div></div></div></div></div></div></div>`;
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr" class="aAX"><head><meta charset="utf-8">
<!-- Fixture: Gmail ${listOnly ? 'inbox list' : 'thread view'} (${lang}), https://mail.google.com/mail/u/0/${esc(hash)}. Reconstructed from public captures of Gmail markup; names and addresses are fictional. -->
<title>${esc(title)}</title>
<style>body{margin:0;font-family:Arial,sans-serif;font-size:14px}.nH{position:relative}.aeN{float:left}.ae4.aDM{display:${listOnly ? 'block' : 'none'}}.iA.g6{color:#5f6368}.ajR{display:inline-block;width:22px;height:10px;background:#e8eaed}.dw{position:fixed;bottom:0;right:16px}.gb_Aa{height:64px}</style>
</head>
<body class="aAU xE" jscontroller="${token(r, 6)}" jsaction="${token(r, 5)}:${token(r, 6)};${token(r, 5)}:${token(r, 6)}">
<div id="loading" class="msg" style="display:none">${lang === 'ja' ? '読み込んでいます…' : 'Loading…'}</div>
<div class="nH" style="width:1440px"><div class="nH"><div class="nH w-asV aiw">
${googleBar(lang, me, r)}
<div class="nH" style="position:relative"><div class="nH aqk aql bkL">
${nav(lang, r, 3)}
<div class="nH bkK nn"><div class="nH"><div class="nH ar4 z"><div class="AO"><div id=":4" class="Tm aeJ"><div id=":2" class="aeF" style="min-height:600px"><div class="nH" role="main">
${toolbar(lang, r, !listOnly)}
${inboxList(lang, r, listRows)}
${thread}
</div></div></div></div></div></div></div>
${sidePanel(r)}
</div></div></div></div></div>
<div class="dw"><div class="nH"><div class="nH"><div class="no">${dockHtml ?? ''}</div></div></div></div>
<div class="J-M aX0 aYO jQjAxd" role="menu" aria-haspopup="true" style="display:none;user-select:none"><div class="SK AX"></div></div>
<div class="T-ays" role="tooltip" aria-hidden="true" style="display:none"><div class="T-ays-iP"></div></div>
</body></html>
`;
}
