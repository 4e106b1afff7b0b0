// Outlook on the web page builder (office.com / office365.com / live.com): the suite header, app
// rail, folder pane, ribbon, message list and the reading pane with a conversation, with OWA's
// generated class names, Fluent attributes and data-* hooks. Modelled on public captures of OWA
// markup (Mailvelope's Outlook integration and test templates, extension sources 2024–2026).
import { esc, rng, token } from './html.mjs';

const L = {
  ja: {
    newMail: '新規メール', del: '削除', archive: 'アーカイブ', report: '報告', reply: '返信', replyAll: '全員に返信', forward: '転送',
    folders: ['受信トレイ', '迷惑メール', '下書き', '送信済みアイテム', '予定済み', '削除済みアイテム', 'アーカイブ', 'メモ', '採用'],
    body: 'メッセージ本文', message: 'メール メッセージ', to: '宛先', from: '差出人', send: '送信', discard: '破棄', more: 'その他の操作',
    readingPane: '閲覧ウィンドウ', list: 'メッセージ一覧', search: '検索', focused: '優先', other: 'その他',
  },
  en: {
    newMail: 'New mail', del: 'Delete', archive: 'Archive', report: 'Report', reply: 'Reply', replyAll: 'Reply all', forward: 'Forward',
    folders: ['Inbox', 'Junk Email', 'Drafts', 'Sent Items', 'Scheduled', 'Deleted Items', 'Archive', 'Notes', 'Recruiting'],
    body: 'Message body', message: 'Email message', to: 'To', from: 'From', send: 'Send', discard: 'Discard', more: 'More actions',
    readingPane: 'Reading Pane', list: 'Message list', search: 'Search', focused: 'Focused', other: 'Other',
  },
};

const icon = (name, r) => `<i data-icon-name="${name}" aria-hidden="true" class="fui-Icon-font ${token(r, 5)}"><span role="presentation" aria-hidden="true" class="FLwLv"><i class="fui-Icon-font Q0K3G" fill="currentColor" aria-hidden="true"></i></span></i>`;

function suiteHeader(lang, me, r, host) {
  const consumer = host === 'outlook.live.com';
  return `<div id="O365_NavHeader" class="o365sx-navbar" role="banner" data-app-section="NavBar"><div class="o365sx-waffle" role="none"><button type="button" id="O365_MainLink_NavMenu" class="o365sx-button o365sx-waffle" aria-label="${lang === 'ja' ? 'アプリ起動ツール' : 'App launcher'}" aria-haspopup="dialog">${icon('WaffleOffice365', r)}</button></div>
<div class="o365sx-appName" role="heading" aria-level="1"><a href="/mail/" class="o365sx-appName"><span>Outlook</span></a></div>
<div id="searchBoxId-Mail" role="search" class="${token(r, 5)} ${token(r, 5)}"><div class="${token(r, 5)}"><input id="topSearchInput" type="search" aria-label="${esc(L[lang].search)}" placeholder="${esc(L[lang].search)}" autocomplete="off" value="" class="${token(r, 5)}"></div></div>
<div class="o365sx-neutral-foreground-background" role="none"><button type="button" id="O365_MainLink_Settings" aria-label="Settings" class="o365sx-button">${icon('SettingsRegular', r)}</button>
<button type="button" id="mectrl_main_trigger" class="mectrl_resetStyle mectrl_truncate mectrl_header" aria-label="${lang === 'ja' ? 'アカウント マネージャー' : 'Account manager for'} ${esc(me.name)}" aria-expanded="false" aria-haspopup="dialog"><div id="mectrl_headerPicture" class="mectrl_profilepic mectrl_profilepic_button" role="presentation"></div></button>
<div id="mectrl_main_body" style="display:none"><div id="mectrl_currentAccount_primary" class="mectrl_name mectrl_truncate">${esc(me.name)}</div><div id="mectrl_currentAccount_secondary" class="mectrl_truncate">${esc(me.email)}</div>${consumer ? '<a id="mectrl_viewAccount" href="https://account.microsoft.com/">My Microsoft account</a>' : '<a id="mectrl_viewAccount" href="https://myaccount.microsoft.com/">View account</a>'}</div></div></div>`;
}

function appRail(r) {
  const app = (name, iconName, selected) => `<div role="none" class="${token(r, 5)}"><button type="button" role="tab" aria-selected="${selected}" aria-label="${name}" class="fui-Button ${token(r, 6)}" data-app-section="${name}AppButton">${icon(iconName, r)}</button></div>`;
  return `<div id="LeftRail" role="navigation" class="${token(r, 5)}" aria-label="Apps"><div role="tablist" aria-orientation="vertical">${app('Mail', 'MailRegular', true)}${app('Calendar', 'CalendarLtrRegular', false)}${app('People', 'PeopleRegular', false)}${app('Groups', 'PeopleTeamRegular', false)}${app('ToDo', 'CheckmarkCircleRegular', false)}${app('OneDrive', 'CloudRegular', false)}</div></div>`;
}

function folderPane(lang, me, r) {
  const t = L[lang];
  const folder = (name, i, count) => `<div role="treeitem" aria-level="2" aria-selected="${i === 0}" draggable="true" title="${esc(name)}" data-folder-name="${esc(name.toLowerCase())}" class="${token(r, 5)} ${token(r, 5)}" tabindex="${i === 0 ? 0 : -1}">${icon(i === 0 ? 'MailInboxRegular' : 'FolderRegular', r)}<span class="${token(r, 5)}">${esc(name)}</span>${count ? `<span class="${token(r, 5)}"><span class="screenReaderOnly">${count}</span>${count}</span>` : ''}</div>`;
  return `<div id="folderPaneDroppableContainer" class="${token(r, 5)}" role="navigation" aria-label="${lang === 'ja' ? 'ナビゲーション ウィンドウ' : 'Navigation pane'}"><div role="tree" aria-label="${lang === 'ja' ? 'フォルダー' : 'Folders'}" class="customScrollBar ${token(r, 5)}">
<div id="primaryMailboxRoot_${token(r, 8)}" role="treeitem" aria-level="1" aria-expanded="true" title="${esc(me.email)}" data-folder-name="${esc(me.email)}" class="${token(r, 5)}"><span class="${token(r, 5)}">${esc(me.email)}</span></div>
<div role="group">${t.folders.map((n, i) => folder(n, i, i === 0 ? 2 : i === 2 ? 1 : 0)).join('\n')}</div></div></div>`;
}

function ribbon(lang, r) {
  const t = L[lang];
  const b = (label, iconName) => `<div class="ms-OverflowSet-item ribbonOverflowItem item-170" role="none"><button type="button" class="fui-Button r1alrhcs ms-Button ms-ButtonNext" aria-label="${esc(label)}" data-automation-type="RibbonButton" data-unique-id="Ribbon-${Math.floor(r() * 900 + 100)}" tabindex="-1"><span class="fui-Button__icon rywnvv2 ms-RibbonButton-icon">${icon(iconName, r)}</span><span class="textContainer">${esc(label)}</span></button></div>`;
  return `<div id="RibbonRoot" class="${token(r, 5)}"><div role="toolbar" aria-label="Ribbon" class="ms-OverflowSet root-169">${b(t.newMail, 'ComposeRegular')}${b(t.del, 'DeleteRegular')}${b(t.archive, 'ArchiveRegular')}${b(t.report, 'ShieldErrorRegular')}${b(t.reply, 'ArrowReplyRegular')}${b(t.replyAll, 'ArrowReplyAllRegular')}${b(t.forward, 'ArrowForwardRegular')}</div></div>`;
}

export function mailList(lang, r, rows, selectedConvId) {
  const t = L[lang];
  const row = (x) => `<div role="option" aria-selected="${x.convid === selectedConvId}" data-convid="${esc(x.convid)}" data-focusable-row="true" tabindex="${x.convid === selectedConvId ? 0 : -1}" class="${token(r, 5)} ${token(r, 5)}" aria-label="${esc(`${x.name} ${x.subject} ${x.time} ${x.preview}`)}" draggable="true"><div class="${token(r, 5)}"><div class="${token(r, 5)}"><span title="${esc(x.email)}" class="${token(r, 5)}">${esc(x.name)}</span></div><div class="${token(r, 5)}"><span title="${esc(x.subject)}" class="TtcXM">${esc(x.subject)}</span><span title="${esc(x.timeTitle)}" class="${token(r, 5)}">${esc(x.time)}</span></div><div class="${token(r, 5)}"><span class="${token(r, 5)}">${esc(x.preview)}</span></div></div></div>`;
  return `<div id="MailList" class="${token(r, 5)}" tabindex="-1" aria-label="${esc(t.list)}"><div role="tablist" class="${token(r, 5)}"><button role="tab" aria-selected="true" type="button" class="fui-Tab">${esc(t.focused)}</button><button role="tab" aria-selected="false" type="button" class="fui-Tab">${esc(t.other)}</button></div>
<div role="listbox" aria-label="${esc(t.list)}" class="customScrollBar ${token(r, 5)}">${rows.map(row).join('\n')}</div></div>`;
}

/** A message card in the reading pane. `variant` picks the header markup of one Outlook build. */
export function outlookMessage({ lang, r, n, from, to, date, expanded, bodyHtml, preview, variant }) {
  const t = L[lang];
  const dateAttr =
    variant === 'live'
      ? `<div class="${token(r, 5)}" title="${esc(date.title)}">${esc(date.title)}</div>`
      : `<div class="AL_OM l8Tnu I1wdR" data-testid="SentReceivedSavedTime" title="${esc(date.title)}">${esc(date.title)}</div>`;
  const fromHtml =
    variant === 'office'
      ? `<span id="MSG_${n}_FROM" class="OZZZK"><span class="${token(r, 5)}" title="${esc(from.email)}">${esc(from.name)}</span><span class="${token(r, 5)}">&lt;${esc(from.email)}&gt;</span></span>`
      : variant === 'office365'
        ? `<span class="o4zjZ ujrct" aria-label="${esc(t.from)}: ${esc(from.name)}" tabindex="0"><span class="OZZZK">${esc(from.name)}&lt;${esc(from.email)}&gt;</span></span>`
        : `<button type="button" class="fui-Button ${token(r, 5)}" aria-label="${esc(from.name)} ${esc(from.email)}" title="${esc(from.email)}"><span class="fui-Persona__primaryText">${esc(from.name)}</span></button>`;
  const toHtml = to.map((p) => `<span class="${token(r, 5)}" title="${esc(p.email)}" aria-label="${esc(p.name)} ${esc(p.email)}">${esc(p.name)}</span>`).join('; ');
  const toolbar = `<div aria-label="${esc(t.more)}" role="toolbar" class="ms-OverflowSet root-341"><div class="ms-OverflowSet-item item-170" role="none"><button type="button" role="menuitem" class="ms-Button ms-Button--commandBar root-318" aria-label="${esc(t.reply)}" data-is-focusable="true">${icon(variant === 'live' ? 'Reply' : 'ArrowReplyRegular', r)}<span class="ms-Button-label">${esc(t.reply)}</span></button></div><div class="ms-OverflowSet-item item-170" role="none"><button type="button" role="menuitem" class="ms-Button ms-Button--commandBar root-318" aria-label="${esc(t.replyAll)}">${icon('ArrowReplyAllRegular', r)}</button></div><div class="ms-OverflowSet-item item-170" role="none"><button type="button" role="menuitem" class="ms-Button ms-Button--commandBar root-318" aria-label="${esc(t.forward)}">${icon('ArrowForwardRegular', r)}</button></div><div class="ms-OverflowSet-item item-170" role="none"><button type="button" aria-haspopup="true" aria-expanded="false" class="ms-Button ms-Button--icon" aria-label="${esc(t.more)}">${icon('MoreHorizontalRegular', r)}</button></div></div>`;
  if (!expanded) {
    return `<div class="aVla3"><div aria-expanded="false" tabindex="-1" class="BS0OK ${token(r, 5)}" role="button"><div class="${token(r, 5)}"><div class="${token(r, 5)}" role="img" aria-label="${esc(from.name)}"><span class="fui-Avatar__initials">${esc(from.name.slice(0, 1))}</span></div><div class="${token(r, 5)}"><span class="${token(r, 5)}" title="${esc(from.email)}">${esc(from.name)}</span>${dateAttr}</div><div class="${token(r, 5)}"><span class="${token(r, 5)}">${esc(preview)}</span></div></div></div></div>`;
  }
  const body =
    variant === 'office'
      ? `<div id="UniqueMessageBody_${n}" role="document" aria-label="${esc(t.body)}" class="XbIp4 jmmB7 GNqVo allowTextSelection OuGoX" tabindex="0"><div><div class="rps_${token(r, 4)}">${bodyHtml}</div></div></div>`
      : `<div role="document" class="${token(r, 5)}"><div id="UniqueMessageBody_${n}" aria-label="${esc(t.body)}" class="XbIp4 jmmB7 customScrollBar GNqVo allowTextSelection OuGoX" tabindex="0"><div class="BIZfh"><div class="rps_${token(r, 4)}">${bodyHtml}</div></div></div></div>`;
  return `<div class="aVla3"><div aria-expanded="true" tabindex="-1" class="BS0OK ${token(r, 5)}"><div class="wide-content-host"><div tabindex="-1" aria-label="${esc(t.message)}" class="SlLx9 WWy1F"><div class="uSg02"><div class="DgV2h lAKmW"><div class="${token(r, 5)}" role="img" aria-label="${esc(from.name)}"><span class="fui-Avatar__initials">${esc(from.name.slice(0, 1))}</span></div><div class="bz1XJ"><div class="PW01N glFkS"><span class="Q84Kk ujrct s5zQy" role="region">${fromHtml}</span></div>
<div class="DrnCK"><div ${variant === 'office' ? `id="MSG_${n}_TO"` : 'data-testid="RecipientWell"'} class="kcAOr t9ThB"><span class="${token(r, 5)}">${esc(t.to)}: </span>${toHtml}</div></div>${dateAttr}</div>${toolbar}</div></div>
${body}
<div class="${token(r, 5)}"><button type="button" class="fui-Button ${token(r, 5)}" aria-label="${esc(t.reply)}">${icon('ArrowReplyRegular', r)}<span>${esc(t.reply)}</span></button><button type="button" class="fui-Button ${token(r, 5)}" aria-label="${esc(t.forward)}">${icon('ArrowForwardRegular', r)}<span>${esc(t.forward)}</span></button></div></div></div></div></div>`;
}

/** The inline reply editor Outlook opens at the top of the conversation. */
export function outlookInlineReply(lang, r, to) {
  const t = L[lang];
  return `<div class="${token(r, 5)}" data-app-section="ComposeContainer"><div class="${token(r, 5)}"><div class="${token(r, 5)}"><span class="${token(r, 5)}">${esc(t.to)}</span><div class="${token(r, 5)}" data-testid="RecipientWell"><div role="textbox" contenteditable="true" aria-haspopup="listbox" aria-label="${esc(t.to)}" class="${token(r, 5)}"><span class="${token(r, 5)}" title="${esc(to.email)}">${esc(to.name)}</span></div></div></div>
<div id="editorParent_1" class="${token(r, 5)}"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="${esc(t.body)}" class="dFCbN k1Ttj dPKNh DziEn" dir="ltr" style="user-select:text;min-height:120px"><div class="elementToProof"><br></div><div id="appendonsend"></div></div></div>
<div class="${token(r, 5)}"><button type="button" class="fui-Button ${token(r, 5)}" aria-label="${esc(t.send)}">${icon('SendRegular', r)}<span>${esc(t.send)}</span></button><button type="button" class="fui-Button ${token(r, 5)}" aria-label="${esc(t.discard)}">${icon('DeleteRegular', r)}<span>${esc(t.discard)}</span></button></div></div></div>`;
}

export function outlookPage({ lang, host, path, me, title, subject, convId, messagesHtml, composeHtml, listRows, seed }) {
  const r = rng(seed);
  const t = L[lang];
  const pane = messagesHtml
    ? `<div id="ReadingPaneContainerId" class="${token(r, 5)}" role="main" aria-label="${esc(t.readingPane)}" data-app-section="MailReadCompose"><div id="ConversationReadingPaneContainer" class="MtujV" tabindex="-1"><div class="${token(r, 5)}"><div role="heading" aria-level="2" class="allowTextSelection ${token(r, 5)}"><span id="CONV_${token(r, 10)}_SUBJECT" class="JdFsz" title="${esc(subject)}">${esc(subject)}</span></div><div class="${token(r, 5)}"><button type="button" class="fui-Button ${token(r, 5)}" aria-label="Summary by Copilot" aria-expanded="false">${icon('SparkleRegular', r)}</button></div></div>
<div data-app-section="ConversationContainer" class="Q8TCC yyYQP" data-convid="${esc(convId)}"><div class="ZOM9m">${composeHtml ?? ''}${messagesHtml}</div></div></div></div>`
    : `<div id="ReadingPaneContainerId" class="${token(r, 5)}" role="main" aria-label="${esc(t.readingPane)}"><div class="${token(r, 5)}"><span>${lang === 'ja' ? '閲覧するアイテムを選択してください' : 'Select an item to read'}</span></div></div>`;
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr"><head><meta charset="utf-8">
<!-- Fixture: Outlook on the web (${host}), https://${host}${esc(path)}. Reconstructed from public captures of OWA markup; names and addresses are fictional. -->
<title>${esc(title)}</title>
<style>body{margin:0;font-family:"Segoe UI",sans-serif;font-size:14px}#app{display:flex;flex-direction:column;height:100vh}#MainModule{display:flex;flex:1}#MailList{width:360px}.screenReaderOnly{position:absolute;left:-9999px}#mectrl_main_body{display:none}</style>
</head>
<body class="ms-Fabric ${token(r, 5)}" dir="ltr">
<div id="app" class="${token(r, 6)}"><div id="appContainer" class="${token(r, 5)}">
${suiteHeader(lang, me, r, host)}
<div class="${token(r, 5)}">${appRail(r)}
<div id="MainModule" class="${token(r, 5)} ${token(r, 5)}" data-app-section="MainModule">
${ribbon(lang, r)}
<div class="${token(r, 5)}">${folderPane(lang, me, r)}
${mailList(lang, r, listRows, messagesHtml ? convId : null)}
${pane}
</div></div></div></div></div>
<div id="fluent-default-layer-host" style="position:fixed;z-index:1000000"></div>
</body></html>
`;
}
