// Builds the dated Gmail/Outlook fixtures in tests/fixtures/. Run: node tests/sites/fixture-src/build-fixtures.mjs
// The output is committed; rebuilding is deterministic (seeded noise). The manifest of URLs and
// expectations lives in tests/sites/fixtures.ts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esc, linesToDivs, rng } from './html.mjs';
import { EN, JA, JA_MULTI } from './mail-content.mjs';
import { INBOX_ROWS, gmailMessage, gmailPage, gmailPlainBody, gmailReplyBody } from './gmail.mjs';
import { outlookInlineReply, outlookMessage, outlookPage } from './outlook.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const SEEN = '2026-11-24';
const write = (name, html) => {
  writeFileSync(join(OUT, name), html);
  console.log(`${name}\t${(html.length / 1024).toFixed(1)} KB`);
};
const me = (p) => ({ ...p, me: true });

// ---------- Gmail ----------
const JA_THREAD = '1849733126471935512';
const EN_THREAD = '1849733126471935777';
const MULTI_THREAD = '1849012345678900001';

function gmailTwoMessageThread(c, lang, threadDec, seed, { replyOpen = false } = {}) {
  const r = rng(seed);
  const recruiterMsg = gmailMessage({
    lang, r, n: 1, msgDec: (BigInt(threadDec) - 1000n).toString(), from: c.recruiter, to: [c.candidate],
    date: c.dates.recruiter, state: 'collapsed',
    snippet: c.recruiterMail.filter(Boolean).join(' '),
  });
  const candidateMsg = gmailMessage({
    lang, r, n: 2, msgDec: threadDec, from: c.candidate, to: [me(c.recruiter)], date: c.dates.candidate, state: 'expanded',
    body: gmailReplyBody(c), replyBar: !replyOpen, replyOpen,
  });
  return recruiterMsg + candidateMsg;
}

const jaHash = '#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH';
write(`gmail-thread-ja-${SEEN}.html`, gmailPage({
  lang: 'ja', me: JA.recruiter, seed: 11, hash: jaHash, subject: `Re: ${JA.subject}`, threadDec: JA_THREAD,
  title: `Re: ${JA.subject} - ${JA.recruiter.email} - Gmail`, listRows: INBOX_ROWS.ja,
  messagesHtml: gmailTwoMessageThread(JA, 'ja', JA_THREAD, 12),
}));

const enHash = '#label/Recruiting%2FCandidates/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlQ';
write(`gmail-thread-en-${SEEN}.html`, gmailPage({
  lang: 'en', me: EN.recruiter, seed: 21, hash: enHash, subject: `Re: ${EN.subject}`, threadDec: EN_THREAD,
  title: `Re: ${EN.subject} - ${EN.recruiter.email} - Gmail`, listRows: INBOX_ROWS.en,
  messagesHtml: gmailTwoMessageThread(EN, 'en', EN_THREAD, 22),
}));

const replyHash = '#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH';
write(`gmail-reply-open-ja-${SEEN}.html`, gmailPage({
  lang: 'ja', me: JA.recruiter, seed: 31, hash: replyHash, subject: `Re: ${JA.subject}`, threadDec: JA_THREAD,
  title: `Re: ${JA.subject} - ${JA.recruiter.email} - Gmail`, listRows: INBOX_ROWS.ja,
  messagesHtml: gmailTwoMessageThread(JA, 'ja', JA_THREAD, 32, { replyOpen: true }),
}));

{
  // Five messages: three earlier ones collapsed, the candidate's first reply expanded (its own
  // questions are older), the newest (with the soft decline) expanded.
  const r = rng(41);
  const base = BigInt(MULTI_THREAD);
  const parts = JA_MULTI.map((m, i) => gmailMessage({
    lang: 'ja', r, n: i + 1, msgDec: (base + BigInt(i * 7919)).toString(),
    from: m.from === 'recruiter' ? JA.recruiter : JA.candidate,
    to: [m.from === 'recruiter' ? JA.candidate : me(JA.recruiter)],
    date: { title: m.title, short: m.short }, state: 'collapsed', snippet: m.snippet,
  }));
  parts.push(gmailMessage({
    lang: 'ja', r, n: 4, msgDec: (base + 40000n).toString(), from: JA.recruiter, to: [JA.candidate, JA.colleague],
    date: JA.dates.recruiter, state: 'expanded',
    body: gmailPlainBody(JA.recruiterMail, JA.recruiterSignature),
  }));
  parts.push(gmailMessage({
    lang: 'ja', r, n: 5, msgDec: (base + 50000n).toString(), from: JA.candidate, to: [me(JA.recruiter)],
    date: JA.dates.candidate, state: 'expanded', body: gmailReplyBody(JA), replyBar: true,
  }));
  write(`gmail-thread-multi-ja-${SEEN}.html`, gmailPage({
    lang: 'ja', me: JA.recruiter, seed: 42, hash: '#label/%E6%8E%A1%E7%94%A8%2F%E5%80%99%E8%A3%9C%E8%80%85/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBmM',
    subject: `Re: ${JA.subject}`, threadDec: MULTI_THREAD, title: `Re: ${JA.subject} - ${JA.recruiter.email} - Gmail`,
    listRows: INBOX_ROWS.ja, messagesHtml: parts.join(''),
  }));
}

write(`gmail-inbox-ja-${SEEN}.html`, gmailPage({
  lang: 'ja', me: JA.recruiter, seed: 51, hash: '#inbox', listOnly: true,
  title: `受信トレイ (3) - ${JA.recruiter.email} - Gmail`,
  listRows: [...INBOX_ROWS.ja, ...INBOX_ROWS.ja.map((x, i) => ({ ...x, threadDec: (BigInt(x.threadDec) - BigInt(1e9 + i)).toString(), unread: false }))],
}));

// ---------- Outlook ----------
function outlookReplyBodyJa() {
  return `<div dir="ltr" class="x_elementToProof">${linesToDivs(JA.candidateOwn)}</div><div id="x_Signature"><div class="x_elementToProof">${linesToDivs(JA.candidateSignature.slice(1))}</div></div><div id="x_appendonsend"></div><hr tabindex="-1" style="display:inline-block;width:98%"><div id="x_divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000" style="font-size:11pt"><b>差出人:</b> ${esc(JA.recruiter.name)} &lt;${esc(JA.recruiter.email)}&gt;<br><b>送信日時:</b> 2026年11月19日 18:02<br><b>宛先:</b> ${esc(JA.candidate.name)} &lt;${esc(JA.candidate.email)}&gt;<br><b>件名:</b> ${esc(JA.subject)}</font><div>&nbsp;</div></div><div><div dir="ltr">${linesToDivs(JA.recruiterMail)}<div><br></div>${linesToDivs(JA.recruiterSignature)}</div></div>`;
}

function outlookGmailReplyBodyEn() {
  return `<div dir="ltr">${linesToDivs(EN.candidateOwn)}<br clear="all"><div><br></div><span class="x_gmail_signature_prefix">-- </span><br><div dir="ltr" class="x_gmail_signature">${linesToDivs(EN.candidateSignature.slice(1))}</div></div><br><div class="x_gmail_quote"><div dir="ltr" class="x_gmail_attr">${esc(EN.quoteAttr)}<br></div><blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${linesToDivs(EN.recruiterMail)}${linesToDivs(EN.recruiterSignature)}</div></blockquote></div>`;
}

function outlookPlainReplyJa() {
  // A plain-text reply as OWA renders it: <br> lines, "> " quotes, "-- " signature.
  const quoted = [JA.quoteAttr, ...JA.recruiterMail.map((l) => `> ${l}`)];
  const lines = [...JA.candidateOwn, '', ...JA.candidateSignature, '', ...quoted];
  return `<div class="x_PlainText">${lines.map((l) => esc(l)).join('<br>\n')}</div>`;
}

const OUTLOOK_ROWS = (c, convId, lang) => [
  { convid: convId, name: c.candidate.name, email: c.candidate.email, subject: `Re: ${c.subject}`, time: lang === 'ja' ? '(金) 10:15' : 'Fri 10:15 AM', timeTitle: c.dates.candidate.title, preview: c.candidateOwn.filter(Boolean).slice(1, 3).join(' ') },
  { convid: 'AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAPx1aX9sZ0dBh0kq3n2b4Ts=', name: lang === 'ja' ? '採用ニュース編集部' : 'Hiring Weekly', email: 'news@recruit-news.example.com', subject: lang === 'ja' ? '【週刊】採用トレンド' : 'Hiring Weekly: why candidates decline', time: '7:00', timeTitle: '', preview: lang === 'ja' ? '内定辞退を防ぐための面接後フォロー' : '5 reasons candidates decline offers' },
  { convid: 'AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAJk3vD2aM0xGpY8c1u7rQzo=', name: lang === 'ja' ? '鈴木 一郎' : 'Priya Shah', email: 'colleague@example.com', subject: lang === 'ja' ? '来週の面接官アサインについて' : 'Panel for Thursday', time: lang === 'ja' ? '(木)' : 'Thu', timeTitle: '', preview: lang === 'ja' ? 'リモートでも大丈夫でしょうか？' : 'Is remote OK for you?' },
];

{
  const convId = 'AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAGh7Hc2VfU5Cq0jXk4mU3aY=';
  const r = rng(61);
  const msgs =
    outlookMessage({ lang: 'ja', r, n: 2, variant: 'office', from: JA.candidate, to: [JA.recruiter], date: { title: '2026/11/20 (金) 10:15' }, expanded: true, bodyHtml: outlookReplyBodyJa() }) +
    outlookMessage({ lang: 'ja', r, n: 1, variant: 'office', from: JA.recruiter, to: [JA.candidate], date: { title: '2026/11/19 (木) 18:02' }, expanded: false, preview: JA.recruiterMail.filter(Boolean).join(' ') });
  write(`outlook-office-conversation-ja-${SEEN}.html`, outlookPage({
    lang: 'ja', host: 'outlook.office.com', path: `/mail/inbox/id/${encodeURIComponent(convId)}`, me: JA.recruiter,
    title: `メール - ${JA.recruiter.name} - Outlook`, subject: `Re: ${JA.subject}`, convId, seed: 62,
    messagesHtml: msgs, composeHtml: outlookInlineReply('ja', rng(63), JA.candidate), listRows: OUTLOOK_ROWS(JA, convId, 'ja'),
  }));
}

{
  const convId = 'AAQkAGI2TG93AAA1LTg5ZjEtNDI2Zi1hMzQ0LTU3ZDJiN2I1MwAQAEN4qT0uYlRNnR5Jd9o1sWc=';
  const r = rng(71);
  const msgs =
    outlookMessage({ lang: 'en', r, n: 2, variant: 'office365', from: EN.candidate, to: [EN.recruiter], date: { title: 'Fri 11/20/2026 10:15 AM' }, expanded: true, bodyHtml: outlookGmailReplyBodyEn() }) +
    outlookMessage({ lang: 'en', r, n: 1, variant: 'office365', from: EN.recruiter, to: [EN.candidate], date: { title: 'Thu 11/19/2026 6:02 PM' }, expanded: true, bodyHtml: `<div class="x_elementToProof">${linesToDivs(EN.recruiterMail)}</div><div id="x_Signature">${linesToDivs(EN.recruiterSignature)}</div>` });
  write(`outlook-office365-thread-en-${SEEN}.html`, outlookPage({
    lang: 'en', host: 'outlook.office365.com', path: `/mail/inbox/id/${encodeURIComponent(convId)}`, me: EN.recruiter,
    title: `Mail - ${EN.recruiter.name} - Outlook`, subject: `Re: ${EN.subject}`, convId, seed: 72,
    messagesHtml: msgs, listRows: OUTLOOK_ROWS(EN, convId, 'en'),
  }));
}

{
  const convId = 'AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7';
  const r = rng(81);
  const personal = { name: '佐藤 健', email: 'ken.sato.recruit@outlook.jp' };
  const msgs = outlookMessage({ lang: 'ja', r, n: 1, variant: 'live', from: JA.candidate, to: [personal], date: { title: '2026/11/20 (金) 10:15' }, expanded: true, bodyHtml: outlookPlainReplyJa() });
  write(`outlook-live-thread-ja-${SEEN}.html`, outlookPage({
    lang: 'ja', host: 'outlook.live.com', path: `/mail/0/inbox/id/${encodeURIComponent(convId)}`, me: personal,
    title: `メール - ${personal.name} - Outlook`, subject: `Re: ${JA.subject}`, convId, seed: 82,
    messagesHtml: msgs, listRows: OUTLOOK_ROWS(JA, convId, 'ja'),
  }));
}

write(`outlook-live-inbox-en-${SEEN}.html`, outlookPage({
  lang: 'en', host: 'outlook.live.com', path: '/mail/0/', me: { name: 'Emily Carter', email: 'emily.carter@outlook.com' },
  title: 'Mail - Emily Carter - Outlook', seed: 91, listRows: OUTLOOK_ROWS(EN, 'AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QZZ', 'en'),
}));
