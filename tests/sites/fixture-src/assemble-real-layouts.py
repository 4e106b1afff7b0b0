# Assembles the 2026-12-02 layout fixtures (tests/fixtures/*-real-*-2026-12-02.html) from the markup of the
# hand-written real captures of 2026-11-25 (gmail-real-thread-en, outlook-real-thread-ja), re-arranged into the
# layouts of issue 14 with the hooks seen in the public sources each file names at its top. Not a generator of
# Gmail/Outlook markup: every element here is cut from those two captures or written to a public capture's shape.
# Run: python3 tests/sites/fixture-src/assemble-real-layouts.py  (output is committed; deterministic)
import re
from pathlib import Path

FX = Path(__file__).resolve().parents[2] / 'fixtures'
SEEN = '2026-12-02'
G = (FX / 'gmail-real-thread-en-2026-11-25.html').read_text().split('\n')
O = (FX / 'outlook-real-thread-ja-2026-11-25.html').read_text().split('\n')


def write(name, html):
    (FX / name).write_text(html)
    print(name, f'{len(html) / 1024:.1f} KB')


# ---------------------------------------------------------------- Gmail pieces (1-based line numbers)
G_HEAD_REST = '\n'.join(G[16:34])          # <body> … header, nav, up to the thread toolbar (lines 17–34)
G_COLLAPSED = '\n'.join(G[39:45])          # div.kv[role=listitem] (lines 40–45)
G_EXPANDED = '\n'.join(G[45:54])           # div.h7[role=listitem] (lines 46–54)
G_INLINE_REPLY = '\n'.join(G[55:62])       # div.ip.adB inline reply (lines 56–62)
G_SIDE = '\n'.join(G[63:65])               # side panel + closers (lines 64–65)
G_DOCK_EMPTY = G[65]                       # <div class="dw">…
G_TAIL = '\n'.join(G[66:])
G_STYLE = '<style>body{margin:0;font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:14px}.nH{position:relative}.aeN{float:left}.h5{display:none}.dw{position:fixed;bottom:0;right:16px}</style>'

EMILY = ('Emily Carter', 'emily.carter@example.com')
DANIEL = ('Daniel Brooks', 'daniel.brooks@example.net')


def g_people(html, sender, me):
    html = html.replace(DANIEL[1], '\x00S').replace(DANIEL[0], '\x00N')
    html = html.replace(EMILY[1], me[1])
    return html.replace('\x00S', sender[1]).replace('\x00N', sender[0])


def g_collapsed(sender, me, date_title, date_text, snippet, msg_dec, legacy_hex, cls='kv'):
    h = G_COLLAPSED
    h = h.replace(EMILY[1], '\x00S').replace('Emily Carter', '\x00N')
    h = h.replace('\x00S', sender[1]).replace('\x00N', sender[0])
    h = h.replace('Thu, Nov 19, 2026, 6:02&#8239;PM', date_title).replace('Nov 19, 2026, 6:02&#8239;PM', date_text)
    h = re.sub(r'<div class="iA g6"><span>.*?</span></div>', f'<div class="iA g6"><span>{snippet}</span></div>', h)
    h = h.replace('#msg-f:1850001122334455667', f'#msg-f:{msg_dec}').replace('19ac863812d1b773', legacy_hex)
    if cls != 'kv':
        # Folded behind the "N older messages" pill: InboxSDK's HIDDEN view state (kQ / kx), not rendered open.
        h = h.replace('<div class="kv" role="listitem" aria-expanded="false"', f'<div class="{cls}" role="listitem" aria-expanded="false"', 1)
    return h


def g_expanded(sender, me, to_name, date_title, date_text, body_html, msg_dec, legacy_hex):
    h = g_people(G_EXPANDED, sender, me)
    h = h.replace('name="me" data-hovercard-id', f'name="{to_name}" data-hovercard-id').replace(f'">me</span></span></div>', f'">{to_name}</span></span></div>')
    h = h.replace('Fri, Nov 20, 2026, 10:15&#8239;AM', date_title).replace('10:15&#8239;AM (5 days ago)', date_text)
    h = h.replace('#msg-f:1850001122334455901', f'#msg-f:{msg_dec}').replace('19ac863812d1b85d', legacy_hex)
    start = h.index('<div id=":6j" class="a3s aiL ">') + len('<div id=":6j" class="a3s aiL ">')
    end = h.index('</div><div id=":6k" class="ii gt" style="display:none">')
    return h[:start] + body_html + h[end:]


def g_page(title_subject, me, comment, lang, list_html, list_hidden, thread_html, dock_html=G_DOCK_EMPTY, label='Inbox', split=False):
    # Split pane side by side, as Gmail lays it out (enough for Chromium to place the thread right of the list).
    style = G_STYLE.replace('</style>', '.aeF.nH{display:flex}.aeF.nH>.Nu{flex:1;min-width:0}</style>') if split else G_STYLE
    head = f'''<!DOCTYPE html>
<html lang="{lang}" dir="ltr" class="aAX"><head><meta charset="utf-8">
<!-- {comment}
     Names, addresses and text are fictional. -->
<title>{title_subject} - {me[1]} - Gmail</title>
{style}
</head>'''
    body = g_people(G_HEAD_REST, DANIEL, me).replace('Emily Carter', me[0])
    list_style = ' style="display:none"' if list_hidden else ''
    split_open = '<div class="aeF nH"><div class="Nu S3 aZ6">' if split else ''
    split_mid = '</div><div class="Nu aZ6 apN" style="width:55%">' if split else ''
    split_close = '</div></div>' if split else ''
    main = f'''{split_open}<div class="ae4 aDM nH oy8Mbf" gh="tl"{list_style}><div class="Cp"><div><table cellpadding="0" id=":1y" class="F cf zt" role="grid"><tbody>
{list_html}
</tbody></table></div></div></div>{split_mid}
{thread_html}{split_close}
</div></div></div></div></div></div></div>
{G_SIDE}
{dock_html}
{G_TAIL}'''
    return head + '\n' + body + '\n' + main


def g_row(sender, subject, snippet, date, thread_dec, legacy, selected=False):
    sel = ' x7' if selected else ''
    return (f'<tr class="zA yO{sel}" tabindex="-1" role="row" jscontroller="ZdOxDb" jslog="20282"><td class="PF xY PE"></td><td class="yX xY "><div class="yW"><span class="bA4">'
            f'<span translate="no" class="yP" email="{sender[1]}" name="{sender[0]}" data-hovercard-id="{sender[1]}">{sender[0]}</span></span></div></td>'
            f'<td tabindex="-1" class="xY a4W"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span class="bqe" data-thread-id="#thread-f:{thread_dec}" data-legacy-thread-id="{legacy}">{subject}</span></span></div>'
            f'<span class="y2"><span class="Zt">&nbsp;-&nbsp;</span>{snippet}</span></div></div></td><td class="xW xY "><span title="{date}" aria-label="{date}"><span>{date}</span></span></td></tr>')


def g_thread(subject, thread_dec, thread_hex, items_html, reply_html=''):
    return (f'<div class="nH if" role="presentation"><div class="nH aHU"><div class="nH hx"><div class="nH"><div class="ha"><h2 id=":1v" class="hP" tabindex="-1" data-thread-perm-id="thread-f:{thread_dec}" data-legacy-thread-id="{thread_hex}" jsaction="Tkg1Pb:bEDLbd">{subject}</h2></div></div>\n'
            f'<div class="nH"><div class="Bu bAn"><div class="nH aHU"><div class="nH" role="list">\n{items_html}\n</div></div></div></div>\n'
            # The capture's reply block (div.ip.adB) ends by closing the thread's own wrappers; without it, close them here.
            f'{reply_html + "</div>" if reply_html else "</div></div></div></div>"}\n')


def divs(lines):
    return ''.join(f'<div>{l}</div>' if l else '<div><br></div>' for l in lines)


def hexof(dec):
    return format(int(dec), 'x')


# ---------------------------------------------------------------- Gmail: split view, /u/1/, en
SPLIT_OWN = [
    'Hi Emily,', '', 'Thanks for the offer details. Before I sign, two questions.',
    'Is the relocation allowance paid before the start date or after?',
    'Could the start date move to February 2 instead of January 12?',
    "I'm worried the notice period at my current job may not allow January.", '',
    'Best regards,', 'Daniel',
]
SPLIT_QUOTE = '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, Nov 30, 2026 at 9:00&#8239;AM Emily Carter &lt;emily.carter@example.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr"><div>Please let us know if you would like to decline the offer.</div></div></blockquote></div>'
split_thread_dec = '1850201122334455001'
split_items = (
    g_collapsed(EMILY, EMILY, 'Mon, Nov 30, 2026, 9:00&#8239;AM', 'Nov 30', 'Hi Daniel, please find the offer attached. Please let us know if you would like to decline the offer.', '1850201122334455001', hexof('1850201122334455001')) + '\n' +
    g_expanded(DANIEL, EMILY, 'me', 'Tue, Dec 1, 2026, 8:40&#8239;AM', '8:40&#8239;AM (1 day ago)',
               '<div dir="ltr">' + divs(SPLIT_OWN) + '</div><div class="adm"><div class="ajR" role="button" tabindex="0" aria-label="Show trimmed content"></div></div><div class="h5">' + SPLIT_QUOTE + '</div>',
               '1850201122334455102', hexof('1850201122334455102'))
)
split_rows = '\n'.join([
    g_row(DANIEL, 'Re: Your offer from Northwind Labs', 'Thanks for the offer details. Before I sign…', 'Dec 1', split_thread_dec, hexof(split_thread_dec), selected=True),
    g_row(('Priya Nair', 'priya.nair@example.org'), 'Re: Interview next week', 'I am afraid I have to withdraw my application…', 'Nov 30', '1850201122334400077', hexof('1850201122334400077')),
    g_row(('Talent Weekly', 'digest@talent-weekly.example.org'), 'Why strong candidates decline offers', 'This week: what to do when a candidate declines…', 'Nov 29', '1850201122334400078', hexof('1850201122334400078')),
])
write(f'gmail-real-split-en-{SEEN}.html', g_page(
    'Re: Your offer from Northwind Labs', EMILY,
    f'Fixture: Gmail split view (vertical: reading pane right of the inbox), second account, https://mail.google.com/mail/u/1/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzL, seen {SEEN}.\n'
    '     Built from gmail-real-thread-en-2026-11-25.html (same message markup, cut verbatim) re-arranged as the split pane:\n'
    '     the inbox list (tr.zA rows, the open one x7-selected) stays SHOWN beside the thread (Gmail settings > Reading pane >\n'
    '     Right of inbox; public Gmail extensions note that in split pane both the list and the preview live in div[role=main],\n'
    '     e.g. gmail-enhancer "works best in Split pane view", 2025). The wrappers div.Nu are the split containers as named in\n'
    '     public userstyles for Gmail\'s preview pane (2019–2025); their classes are not keyed on. Other rows hold decline words\n'
    '     that must not be read.',
    'en', split_rows, False, g_thread('Re: Your offer from Northwind Labs', split_thread_dec, hexof(split_thread_dec), split_items), split=True,
).replace('https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/u/1/'))

# ---------------------------------------------------------------- Gmail: 12-message thread behind the pill, ja, with hidden text and a fake sender
KEN = ('佐藤 健', 'ken.sato@example.co.jp')
HANAKO = ('山田 花子', 'hanako.yamada@example.jp')
long_items = [g_collapsed(KEN, KEN, '2026年11月2日(月) 9:30', '11月2日', '山田様 書類選考通過のご連絡です。', '1850301122334455000', hexof('1850301122334455000'))]
for i in range(8):
    who = HANAKO if i % 2 == 0 else KEN
    dec = str(1850301122334455001 + i)
    long_items.append(g_collapsed(who, KEN, f'2026年11月{3 + i}日 10:00', f'11月{3 + i}日', '（折りたたみ）辞退させていただきます', dec, hexof(dec), cls='kx' if i < 7 else 'kQ'))
# The pill itself ("8 件の古いメッセージ"): a row between the first message and the folded ones.
pill = '<div class="adv" role="listitem"><div class="adx" role="button" tabindex="0" aria-label="8 件の古いメッセージ"><span class="G2">8</span></div></div>'
long_items.insert(1, pill)
long_items.append(g_collapsed(KEN, KEN, '2026年11月25日(水) 17:10', '11月25日', '山田様 最終面接の日程について', '1850301122334455020', hexof('1850301122334455020')))
long_items.append(g_collapsed(HANAKO, KEN, '2026年11月26日(木) 8:05', '11月26日', '佐藤様 承知いたしました。', '1850301122334455021', hexof('1850301122334455021')))
LONG_OWN = [
    '佐藤様', '', 'お世話になっております。山田花子です。',
    '最終面接の前に、配属先のチーム構成を教えていただけますでしょうか。',
    '入社時期を来年4月まで延ばすことは可能でしょうか。',
    '通勤時間が長くなることが少し心配です。',
]
LONG_HIDDEN = (
    '<div style="font-size:0px;line-height:0">年収はいくらまで上げられますか？</div>'
    '<div style="color:#ffffff">今回は辞退させていただきます。</div>'
    '<div class="m_-83121gD" style="display:none">差出人を偽る: 偽物</div>'
    '<span translate="no" class="gD" email="ceo@example.co.jp" name="偽の差出人">偽の差出人</span>'
    '<table class="cf gJ"><tr><td class="gF gK"><span class="g2" email="intruder@evil.example" name="x">x</span><span class="g3" title="2020年1月1日 0:00">2020</span></td></tr></table>'
)
long_body = '<div dir="ltr">' + divs(LONG_OWN[:4]) + LONG_HIDDEN + divs(LONG_OWN[4:] + ['', 'よろしくお願いいたします。', '山田 花子']) + '</div>'
long_items.append(g_expanded(HANAKO, KEN, '自分', '2026年12月1日(火) 10:15', '10:15 (1 日前)', long_body, '1850301122334455022', hexof('1850301122334455022')))
long_thread_dec = '1850301122334455000'
write(f'gmail-real-long-thread-ja-{SEEN}.html', g_page(
    'Re: 最終面接のご案内', KEN,
    f'Fixture: Gmail thread of 12 messages (ja), https://mail.google.com/mail/u/0/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzM, seen {SEEN}.\n'
    '     Message markup cut from gmail-real-thread-en-2026-11-25.html. A long thread: the first message collapsed (div.kv),\n'
    '     eight folded behind the "N older messages" pill (items div.kx / div.kQ: InboxSDK\'s HIDDEN view state; a public Gmail\n'
    '     extension\'s row helpers, 2025–2026: `isHidden = kQ || kx`), the pill row itself (div.adv > div.adx, its exact markup is\n'
    '     not keyed on), two more collapsed, the newest expanded. The folded ones carry decline words that must not be read.\n'
    '     The newest body hides text (font-size 0, white on white, display:none) and imitates Gmail\'s header hooks\n'
    '     (span.gD[email], span.g2, span.g3[title] inside the body): none of it may be read as text or as the sender.',
    'ja', '', True, g_thread('Re: 最終面接のご案内', long_thread_dec, hexof(long_thread_dec), '\n'.join(long_items), G_INLINE_REPLY.replace(EMILY[1], KEN[1]).replace(DANIEL[1], HANAKO[1]).replace(DANIEL[0], HANAKO[0]).replace('1850001122334455667', long_thread_dec)),
))

# ---------------------------------------------------------------- Gmail: pop-out compose dialog, en
POP_OWN = ['Hi Emily,', '', 'Thank you for the update.', 'Would it be possible to have the final interview online?', '', 'Daniel']
pop_items = (
    g_collapsed(EMILY, EMILY, 'Wed, Nov 25, 2026, 4:00&#8239;PM', 'Nov 25', 'Hi Daniel, the final interview is on site on December 8.', '1850401122334455001', hexof('1850401122334455001')) + '\n' +
    g_expanded(DANIEL, EMILY, 'me', 'Thu, Nov 26, 2026, 9:12&#8239;AM', '9:12&#8239;AM (6 days ago)', '<div dir="ltr">' + divs(POP_OWN) + '</div>', '1850401122334455002', hexof('1850401122334455002'))
)
# The reply popped out of the thread (Shift+click Reply / "Pop out reply") lives in the dock as a compose window:
# div.dw > … > div.nH.Hd[role=dialog] > … the same editor div.Am[g_editable][role=textbox] (2018–2026 captures; InboxSDK's
# compose view driver finds pop-out composes under .dw and inline ones under the thread).
pop_editor = re.search(r'<div id=":9c" class="Am[^>]*>', G_INLINE_REPLY).group(0).replace(':9c', ':b2')
pop_dock = ('<div class="dw"><div class="nH"><div class="nH"><div class="no"><div class="nH nn" style="width:10000px"><div class="nH aJl nn"><div class="nH Hd" role="dialog" aria-label="Re: Final interview">'
            '<div class="aoI" role="region" data-compose-id="73"><input type="hidden" name="rt" value="#thread-f:1850401122334455001"><table class="aoP aoC"><tbody><tr><td class="I5"><form enctype="multipart/form-data" method="POST">'
            '<div class="aoD hl"><div class="oL aDm az9"><span class="vN bfK a3q" email="daniel.brooks@example.net"><div class="afV" data-hovercard-id="daniel.brooks@example.net"><div class="akl">Daniel Brooks</div></div></span></div></div></form>'
            f'<table class="iN"><tbody><tr><td class="Ap"><div class="Ar Au Ao" style="display:block"><div class="aO7">{pop_editor}<br></div></div></div></td></tr></tbody></table>'
            '</td></tr></tbody></table></div></div></div></div></div></div></div></div>')
write(f'gmail-real-popout-compose-en-{SEEN}.html', g_page(
    'Re: Final interview', EMILY,
    f'Fixture: Gmail thread with the reply popped out into a compose window (en), https://mail.google.com/mail/u/0/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzN, seen {SEEN}.\n'
    '     Thread markup cut from gmail-real-thread-en-2026-11-25.html; no inline reply in the thread. The popped-out reply sits in\n'
    '     the bottom-right dock div.dw as div.nH.Hd[role=dialog] holding div.aoI[role=region] and the same editor\n'
    '     div.Am[contenteditable][role=textbox][g_editable] (dock and dialog classes as in public Gmail extension sources and\n'
    '     InboxSDK\'s compose driver, 2018–2026). Insertion must land in that editor.',
    'en', '', True, g_thread('Re: Final interview', '1850401122334455001', hexof('1850401122334455001'), pop_items), dock_html=pop_dock,
))

# ---------------------------------------------------------------- Gmail: a colleague forwards a candidate's mail, ja
MISAKI = ('田中 美咲', 'misaki.tanaka@example.co.jp')
FWD_OWN = ['佐藤さん', '', '山田さんから下記の質問が来ています。', '来週までにご回答いただけますか？', '', '田中']
FWD_QUOTE = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">山田 花子</strong> <span dir="auto">&lt;hanako.yamada@example.jp&gt;</span><br>'
             'Date: 2026年11月30日(月) 21:40<br>Subject: Re: 最終面接のご案内<br>To: &lt;misaki.tanaka@example.co.jp&gt;<br></div><br><br>'
             '<div dir="ltr"><div>田中様</div><div>試用期間中の給与は本採用後と同じ条件でしょうか。</div><div>今回は辞退も検討しております。</div><div>山田 花子</div></div></div>')
fwd_items = g_expanded(MISAKI, KEN, '自分', '2026年12月1日(火) 11:20', '11:20 (1 日前)', '<div dir="ltr">' + divs(FWD_OWN) + '<br>' + FWD_QUOTE + '</div>', '1850501122334455001', hexof('1850501122334455001'))
write(f'gmail-real-internal-forward-ja-{SEEN}.html', g_page(
    'Fwd: Re: 最終面接のご案内', KEN,
    f'Fixture: Gmail thread (ja), a colleague forwards a candidate\'s mail, https://mail.google.com/mail/u/0/#inbox/FMfcgzQgLXQhCwqVmWbRkJTcVdRNrTzP, seen {SEEN}.\n'
    '     Message markup cut from gmail-real-thread-en-2026-11-25.html. The forwarded part is Gmail\'s own forward block:\n'
    '     div.gmail_quote > div.gmail_attr "---------- Forwarded message ---------" with From: strong.gmail_sendername + address,\n'
    '     Date, Subject, To (as Gmail writes it in every UI language; seen in public mail-parsing fixtures, 2023–2026).\n'
    '     The sender is a colleague (same domain as the user): internal; the forward names the candidate.',
    'ja', '', True, g_thread('Fwd: Re: 最終面接のご案内', '1850501122334455001', hexof('1850501122334455001'), fwd_items),
))

# ---------------------------------------------------------------- Outlook pieces
O_HEAD_END = next(i for i, l in enumerate(O) if l.startswith('<title>'))
O_BODY_START = next(i for i, l in enumerate(O) if l.startswith('<body'))
O_CHROME = '\n'.join(O[O_BODY_START:O_BODY_START + 7])       # body, #app, NavHeader (search, Me control), left rail, #MainModule open
O_STYLE = '<style>body{margin:0;font-family:"Segoe UI","Yu Gothic UI",sans-serif;font-size:14px}#MainModule{display:flex}.screenReaderOnly{position:absolute;left:-9999px}</style>'
O_TEXT = '\n'.join(O)
O_COLLAPSED_TPL = re.search(r'<div class="aVla3"><div aria-expanded="false".*?</div></div></div></div>\n', O_TEXT, re.S).group(0)
_exp_start = O_TEXT.index('<div class="aVla3"><div aria-expanded="true" tabindex="-1" class="BS0OK aV7S1">')
_exp_end = O_TEXT.index('<div class="aVla3"><div aria-expanded="true" tabindex="-1" class="BS0OK GjFKx">')
O_EXPANDED_TPL = O_TEXT[_exp_start:_exp_end]
O_FOLDERS = re.search(r'<div id="folderPaneDroppableContainer".*?</div></div></div></div>\n', O_TEXT, re.S).group(0)
O_DRAFT_TPL = O_TEXT[_exp_end:O_TEXT.index('</div></div>\n</div></div>\n</div></div></div></div></div>')]


def o_collapsed(sender, date, snippet):
    h = O_COLLAPSED_TPL.replace('ken.sato@example.co.jp', sender[1]).replace('佐藤 健', sender[0]).replace('>佐<', f'>{sender[0][0]}<')
    h = h.replace('2026/11/19 (木) 18:02', date)
    return re.sub(r'<div class="jGG6V">.*?</div>', f'<div class="jGG6V">{snippet}</div>', h, flags=re.S)


def o_expanded(sender, sender_label, to, date, body_inner, n):
    h = O_EXPANDED_TPL.replace('hanako.yamada@example.jp', sender[1]).replace('山田 花子', sender[0]).replace('>山<', f'>{sender[0][0]}<')
    h = h.replace('差出人: ', sender_label).replace('ken.sato@example.co.jp', to[1]).replace('佐藤 健', to[0])
    h = h.replace('2026/11/20 (金) 10:15', date).replace('UniqueMessageBody_2', f'UniqueMessageBody_{n}')
    start = h.index('<div class="rps_7d1e"><div>') + len('<div class="rps_7d1e"><div>')
    # The first of these six closers ends the capture's own <div dir="ltr">, which body_inner brings itself.
    end = h.index('</div></div></div></div></div></div>\n<div class="uNBpE">') + len('</div>')
    return h[:start] + body_inner + h[end:]


def o_body(lines, extra=''):
    style = '<style type="text/css" style="display:none">\n<!--\np\n\t{margin-top:0;\n\tmargin-bottom:0}\n-->\n</style>\n<div dir="ltr">\n'
    css = 'font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)'
    inner = ''.join(f'<div class="x_elementToProof" style="{css}">{l or "<br>"}</div>\n' for l in lines)
    return style + inner + extra + '</div>'


def o_conversation(conv_id, subject, items, wrapper_attrs='', conv_suffix='SUBJECT'):
    short = conv_id[:16]
    return (f'<div class="oCachedPane"{wrapper_attrs}><div id="ConversationReadingPaneContainer" class="MtujV" tabindex="-1" data-convid="{conv_id}">\n'
            f'<div class="L72vd"><div class="full Mq3cC"><span role="heading" aria-level="2" id="CONV_{short}_{conv_suffix}" class="JdFsz allowTextSelection" title="{subject}">{subject}</span></div></div>\n'
            f'<div data-app-section="ConversationContainer" class="Q8TCC yyYQP"><div class="ZOM9m">\n{items}</div></div>\n</div></div>')


# OWA lays the page out in the viewport (nothing scrolls but the list and the pane): enough of it that Chromium
# places list and reading pane where the layout puts them (right of / below the list), as in e2e.
O_LAYOUT = {
    'right': '#app,#appContainer{height:100vh;display:flex;flex-direction:column}.DPg26{flex:1;display:flex;min-height:0}#MainModule{flex:1;flex-direction:column;min-width:0}.Ck0hl{flex:1;display:grid;grid-template-columns:220px 360px 1fr;min-height:0}#MailList,#ReadingPaneContainerId{overflow:auto;min-height:0}',
    'bottom': '#app,#appContainer{height:100vh;display:flex;flex-direction:column}.DPg26{flex:1;display:flex;min-height:0}#MainModule{flex:1;flex-direction:column;min-width:0}.Ck0hl{flex:1;display:grid;grid-template-columns:220px 1fr;grid-template-rows:40% 60%;min-height:0}#folderPaneDroppableContainer{grid-row:1/3}#MailList,#ReadingPaneContainerId{overflow:auto;min-height:0}',
    'off': '#app,#appContainer{height:100vh;display:flex;flex-direction:column}.DPg26{flex:1;display:flex;min-height:0}#MainModule{flex:1;flex-direction:column;min-width:0}.Ck0hl{flex:1;display:grid;grid-template-columns:220px 1fr;min-height:0}#ReadingPaneContainerId{overflow:auto;min-height:0}',
}


def o_page(title, lang, comment, chrome, main_html, me_root=True, folders=True, mail_list='', ribbon=True, layout='right'):
    head = f'''<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta charset="utf-8">
<!-- {comment}
     Names, addresses and text are fictional. -->
<title>{title}</title>
{O_STYLE.replace('</style>', O_LAYOUT[layout] + '</style>')}
</head>'''
    folder_html = O_FOLDERS if folders else ''
    if not me_root:
        folder_html = ''
    ribbon_html = O[O_BODY_START + 7] if ribbon else ''
    # Closes .Ck0hl, #MainModule, .DPg26, #appContainer, #app as the capture does.
    return head + '\n' + chrome + f'\n{ribbon_html}\n<div class="Ck0hl">\n{folder_html}{mail_list}{main_html}\n</div></div></div></div></div>\n<div id="fluent-default-layer-host" style="position:fixed;z-index:1000000"></div>\n</body></html>\n'


def o_list(rows):
    return '<div id="MailList" class="nSrDT" tabindex="-1" aria-label="Message list"><div role="listbox" aria-label="Message list" class="customScrollBar jEpCF">\n' + '\n'.join(rows) + '\n</div></div>\n'


def o_row(conv_id, sender, subject, snippet, selected):
    return (f'<div role="option" aria-selected="{"true" if selected else "false"}" data-convid="{conv_id}" data-focusable-row="true" tabindex="{0 if selected else -1}" class="hcptT" aria-label="{sender[0]} {subject}" draggable="true">'
            f'<div class="XG5Jd"><span title="{sender[1]}" class="OZZZK">{sender[0]}</span><span title="{subject}" class="TtcXM">{subject}</span><span class="jGG6V">{snippet}</span></div></div>')


# ---------------------------------------------------------------- Outlook: cached panes, office.com, en, reading pane right, newest last
EMILY_O = ('Emily Carter', 'emily.carter@contoso-recruit.example')
DANIEL_O = ('Daniel Brooks', 'daniel.brooks@example.net')
PRIYA = ('Priya Nair', 'priya.nair@example.org')
LEO = ('Leo Martin', 'leo.martin@example.com')
open_id = 'AAQkAGNhY2hlZC1vcGVuLTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAFc9Rk2bR0xLmZJ7d8HqTQE='
cached1 = 'AAQkAGNhY2hlZC1vbGQxLTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAJx1Jk2bR0xLmZJ7d8HqTQE='
cached2 = 'AAQkAGNhY2hlZC1vbGQyLTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAKa2Jk2bR0xLmZJ7d8HqTQE='
OPEN_OWN = ['Hi Emily,', '', 'Thank you for the offer. I have two questions before I reply.',
            'Is the signing bonus paid with the first salary?', 'Could I work from the Osaka office two days a week?',
            'I am a little worried about the on-call load in the first months.', '', 'Best regards,', 'Daniel']
OPEN_HIDDEN = ('<div class="x_elementToProof" style="font-size:0px">Could you double the salary?</div>\n'
               '<div class="x_elementToProof" style="color:#FFFFFF;background-color:#ffffff">I will decline the offer.</div>\n'
               '<div aria-hidden="true">Is the CEO available for a call?</div>\n'
               '<div data-testid="SenderPersona"><span title="ceo@contoso-recruit.example" aria-label="From: CEO ceo@contoso-recruit.example">CEO &lt;ceo@contoso-recruit.example&gt;</span></div>\n'
               '<div id="MSG_9_FROM"><span title="impostor@evil.example">Impostor</span></div>\n')
open_items = (o_collapsed(EMILY_O, 'Mon 11/30/2026 9:00 AM', 'Hi Daniel, please find the offer attached. If you decide to decline, let us know.') +
              o_expanded(DANIEL_O, 'From: ', EMILY_O, 'Tue 12/1/2026 8:40 AM', o_body(OPEN_OWN[:6], OPEN_HIDDEN) + o_body(OPEN_OWN[6:]), 4))
c1_items = o_expanded(PRIYA, 'From: ', EMILY_O, 'Mon 11/30/2026 7:12 PM', o_body(['Hi Emily,', 'I am sorry, but I have decided to decline the offer.', 'Could we talk about a different start date?', 'Priya']), 2)
c2_items = o_expanded(LEO, 'From: ', EMILY_O, 'Sun 11/29/2026 6:05 PM', o_body(['Hello,', 'I have to withdraw my application.', 'What is the salary range for the team lead role?', 'Leo']), 3)
panes = ('<div id="ReadingPaneContainerId" class="cd5Xj" role="main" aria-label="Reading Pane" data-app-section="MailReadCompose">\n'
         + o_conversation(cached1, 'Re: Offer – Platform Engineer', c1_items, ' style="display:none"') + '\n'
         + o_conversation(cached2, 'Re: Interview – Team Lead', c2_items, ' hidden aria-hidden="true" style="position:absolute;left:-10000px;top:0"') + '\n'
         + o_conversation(open_id, 'Re: Your offer from Contoso', open_items) + '\n</div>')
cached_rows = [o_row(open_id, DANIEL_O, 'Re: Your offer from Contoso', 'Thank you for the offer…', True),
               o_row(cached1, PRIYA, 'Re: Offer – Platform Engineer', 'I have decided to decline…', False),
               o_row(cached2, LEO, 'Re: Interview – Team Lead', 'I have to withdraw…', False)]
chrome_en = O_CHROME.replace('アプリ起動ツール', 'App launcher').replace('検索', 'Search').replace('アカウント マネージャー 佐藤 健', 'Account manager for Emily Carter').replace('メール', 'Mail').replace('予定表', 'Calendar')
ribbon_en = O[O_BODY_START + 7].replace('リボン', 'Ribbon').replace('新規メール', 'New mail').replace('削除', 'Delete')
folders_en = O_FOLDERS.replace('ken.sato@example.co.jp', EMILY_O[1]).replace('受信トレイ', 'Inbox').replace('採用', 'Recruiting').replace('未読', 'Unread').replace('ナビゲーション ウィンドウ', 'Navigation pane').replace('フォルダー', 'Folders')
html = o_page('Mail - Emily Carter - Outlook', 'en',
              f'Fixture: Outlook on the web (outlook.office.com), reading pane right, with hidden cached reading panes, https://outlook.office.com/mail/inbox/id/{open_id.replace("=", "%3D")}, seen {SEEN}.\n'
              '     Pane, header and body markup cut from outlook-real-thread-ja-2026-11-25.html (Mailvelope-style OWA capture). Current\n'
              '     Outlook keeps recently opened conversations in the page as hidden reading panes (issue 14, observed on live OWA,\n'
              '     2026): here two earlier conversations sit in the reading pane before the open one, one behind display:none, one\n'
              '     hidden + aria-hidden + parked at left:-10000px. Each holds another candidate with decline words. The wrapper\n'
              '     element of a cached pane (div.oCachedPane) is our stand-in: its class is never keyed on, only its hiding.\n'
              '     The open message hides text (font-size 0, white on white, aria-hidden) and imitates OWA\'s sender hooks inside the body.',
              chrome_en, panes, mail_list=o_list(cached_rows))
html = html.replace(O_FOLDERS, folders_en).replace(O[O_BODY_START + 7], ribbon_en)
write(f'outlook-real-cached-panes-en-{SEEN}.html', html)

# ---------------------------------------------------------------- Outlook: pop-out read window (deeplink), ja, no list, no account chrome
item_id = 'AAkALgAAAAAAHYQDEapmEWg0AFtLbm9wb3V0LXJlYWQtMDAwMQAA'
POPOUT_OWN = ['佐藤様', '', '内定のご連絡をありがとうございます。', '入社日を5月1日に変更していただくことは可能でしょうか。',
              '住宅手当の支給条件を教えていただけますか。', '現職の引き継ぎが間に合わないのではないかと不安です。', '', '山田 花子']
popout_header = ('<div class="uSg02"><div class="DgV2h"><div class="bz1XJ">'
                 f'<span id="ITEM_{item_id[:12]}_FROM" class="OZZZK" aria-label="差出人: 山田 花子">山田 花子 &lt;hanako.yamada@example.jp&gt;</span>'
                 f'<div id="ITEM_{item_id[:12]}_TO" class="kcAOr"><span class="pl8gP">宛先:&nbsp;</span><span class="lpc-hoverTarget" title="ken.sato@example.co.jp" aria-label="佐藤 健 ken.sato@example.co.jp">佐藤 健</span></div>'
                 '<div data-testid="SentReceivedSavedTime" class="AL_OM" title="2026/12/01 (火) 10:15">2026/12/01 (火) 10:15</div></div>'
                 '<div aria-label="メッセージ操作" role="toolbar" class="ms-OverflowSet"><button type="button" role="menuitem" class="ms-Button" aria-label="返信"><i data-icon-name="ArrowReplyRegular" aria-hidden="true"></i><span class="ms-Button-label">返信</span></button></div></div></div>')
popout_body = ('<div role="document"><div id="UniqueMessageBody_1" aria-label="メッセージ本文" class="XbIp4 allowTextSelection" tabindex="0"><div class="BIZfh"><div class="rps_2c41"><div>'
               + o_body(POPOUT_OWN) + '</div></div></div></div></div>')
popout_main = ('<div id="ReadingPaneContainerId" class="cd5Xj"><div id="ItemReadingPaneContainer" class="ubHDG Waj3A">\n'
               f'<div class="L72vd"><span role="heading" aria-level="2" id="ITEM_{item_id[:12]}_SUBJECT" class="JdFsz allowTextSelection" title="Re: 内定のご連絡">Re: 内定のご連絡</span></div>\n'
               '<div class="owaMailComposeEditorScrollContainer customScrollBar"><div aria-expanded="true" tabindex="-1" class="BS0OK aV7S1"><div class="wide-content-host"><div tabindex="-1" aria-label="メール メッセージ" class="SlLx9">'
               + popout_header + popout_body + '</div></div></div></div>\n</div></div>')
write(f'outlook-real-popout-read-ja-{SEEN}.html',
      f'''<!DOCTYPE html>
<html lang="ja" dir="ltr"><head><meta charset="utf-8">
<!-- Fixture: Outlook on the web pop-out read window (ja), https://outlook.office.com/mail/deeplink/read/{item_id}?ispopout=1, seen {SEEN}.
     The deeplink / pop-out read layout: #ReadingPaneContainerId > #ItemReadingPaneContainer > div.owaMailComposeEditorScrollContainer,
     no message list, no folder tree, no mailbox address, no data-convid, no role=main (a public OWA side panel's
     load-tested deeplink fixture, 2026; "No account chrome, no data-convid, no [role=main] — exactly as load-tested").
     Header hooks span[id$="_FROM"], [id$="_TO"], [id$="_SUBJECT"], [data-testid="SentReceivedSavedTime"] inside the item pane
     as read by a public Playwright OWA extractor (2026). Body markup cut from outlook-real-thread-ja-2026-11-25.html.
     The signed-in user is named nowhere: it must come from the remembered address of the main window.
     Names, addresses and text are fictional. -->
<title>Re: 内定のご連絡 - Outlook</title>
{O_STYLE}
</head>
<body class="ms-Fabric" dir="ltr">
<div id="app" class="Bsv7w">{popout_main}</div>
<div id="fluent-default-layer-host" style="position:fixed;z-index:1000000"></div>
</body></html>
''')

# ---------------------------------------------------------------- Outlook: outlook.cloud.microsoft, reading pane bottom, newest first, en
cloud_id = 'AAQkADFjbG91ZC1ib3R0b20tMDAwMS00MjMzLTlhYmMtZGVmMDEyMzQ1Njc4ABAAd9Rk2bR0xLmZJ7d8HqTQE='
CLOUD_OWN = ['Hi Emily,', '', 'Thanks for sending the schedule.', 'Can I bring a laptop to the technical interview?',
             'Will the interview be in English or Japanese?', '', 'Regards,', 'Daniel']
cloud_items = (o_expanded(DANIEL_O, 'From: ', EMILY_O, 'Tue 12/1/2026 11:02 AM', o_body(CLOUD_OWN), 7) +
               o_expanded(EMILY_O, 'From: ', DANIEL_O, 'Mon 11/30/2026 3:30 PM', o_body(['Hi Daniel,', 'Here is the schedule for your interview day.', 'Emily Carter', 'Talent Acquisition, Contoso']), 6) +
               o_collapsed(DANIEL_O, 'Mon 11/30/2026 9:45 AM', 'Hi Emily, could you send the schedule?'))
cloud_main = ('<div id="ReadingPaneContainerId" class="cd5Xj" role="main" aria-label="Reading Pane" data-app-section="MailReadCompose" style="width:100%">\n'
              + o_conversation(cloud_id, 'Re: Interview schedule', cloud_items).replace('<div class="oCachedPane">', '<div>') + '\n</div>')
cloud_list = o_list([o_row(cloud_id, DANIEL_O, 'Re: Interview schedule', 'Thanks for sending the schedule…', True)])
html = o_page('Mail - Emily Carter - Outlook', 'en',
              f'Fixture: Outlook on the web at outlook.cloud.microsoft, reading pane at the bottom, conversation newest first, https://outlook.cloud.microsoft/mail/inbox/id/{cloud_id.replace("=", "%3D")}, seen {SEEN}.\n'
              '     Markup cut from outlook-real-thread-ja-2026-11-25.html; the list sits above the reading pane (Settings > Layout > Reading\n'
              '     pane > Show on the bottom); the host serves the same OWA build as outlook.office.com (public OWA deeplink builders\n'
              '     write https://outlook.cloud.microsoft/mail/deeplink/read/…, 2026). Messages newest first: the adapter returns them\n'
              '     oldest first.',
              chrome_en, cloud_main, mail_list=cloud_list, layout='bottom').replace(O_FOLDERS, folders_en).replace(O[O_BODY_START + 7], ribbon_en)
write(f'outlook-real-cloud-bottom-en-{SEEN}.html', html)

# ---------------------------------------------------------------- Outlook: outlook.live.com, reading pane off (ja)
live_id = 'AQQkADAwATNsaXZlLW9mZi0wMDAxLTQyMzMtOWFiYy1kZWYwMTIzNDU2NzgAEABjgKbAj7DwSKnW58xs6QY8'
ME_LIVE = ('佐藤 健', 'ken.sato.recruit@outlook.jp')
OFF_OWN = ['佐藤様', '', 'ご連絡ありがとうございます。', '面接の交通費は支給されますでしょうか。', '服装の指定があれば教えていただけますか。', '', '山田 花子']
off_items = o_expanded(HANAKO, '差出人: ', ME_LIVE, '2026/12/01 (火) 19:30', o_body(OFF_OWN), 1)
off_main = ('<div id="ReadingPaneContainerId" class="cd5Xj" role="main" aria-label="閲覧ウィンドウ" data-app-section="MailReadCompose">\n'
            + o_conversation(live_id, 'Re: 面接のご案内', off_items).replace('<div class="oCachedPane">', '<div>') + '\n</div>')
html = o_page('メール - 佐藤 健 - Outlook', 'ja',
              f'Fixture: Outlook.com (outlook.live.com), reading pane off: the open conversation replaces the message list, https://outlook.live.com/mail/0/inbox/id/{live_id}, seen {SEEN}.\n'
              '     Markup cut from outlook-real-thread-ja-2026-11-25.html; #MailList is not rendered while a conversation is open\n'
              '     (Settings > Layout > Reading pane > Hide), the folder pane stays. Consumer mailbox: the folder root names the address.',
              O_CHROME, off_main, layout='off').replace('ken.sato@example.co.jp', ME_LIVE[1])
write(f'outlook-real-pane-off-ja-{SEEN}.html', html)

# ---------------------------------------------------------------- Outlook: reply in a pop-out compose window (office365.com, en)
draft = O_DRAFT_TPL.replace('[下書き]', '[Draft]').replace('佐藤 健', 'Emily Carter').replace('宛先', 'To').replace('メッセージ本文', 'Message body').replace('送信', 'Send').replace('破棄', 'Discard').replace('山田 花子', 'Daniel Brooks').replace('hanako.yamada@example.jp', 'daniel.brooks@example.net')
compose_main = ('<div id="ReadingPaneContainerId" class="cd5Xj"><div id="ItemReadingPaneContainer" class="ubHDG">\n' + draft + '\n</div></div>')
write(f'outlook-real-compose-popout-en-{SEEN}.html',
      f'''<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<!-- Fixture: Outlook on the web, a reply popped out into its own window (en), https://outlook.office365.com/mail/deeplink/compose/AAMkAGNvbXBvc2UtcG9wb3V0LTAwMDE%3D?ispopout=1, seen {SEEN}.
     The pop-out window holds only the compose: recipient well (data-testid=RecipientWell, contenteditable textbox with
     aria-haspopup=listbox) and the body editor div#editorParent_1 > div[contenteditable][role=textbox][aria-multiline=true],
     cut from the draft of outlook-real-thread-ja-2026-11-25.html, inside the item pane of the deeplink layout (no list,
     no account chrome). There is no mail to read here; insertion goes into this editor.
     Names, addresses and text are fictional. -->
<title>Re: Interview schedule - Outlook</title>
{O_STYLE}
</head>
<body class="ms-Fabric" dir="ltr">
<div id="app" class="Bsv7w">{compose_main}</div>
</body></html>
''')

# ================================================================ 2026-12-03: replies popped out into their own window, and the
# main window of the pop-out read window's conversation.
SEEN2 = '2026-12-03'
# OWA's pop-out URLs (owa-popout-v2 getDeeplinkUrl / owa-url getPopoutUrl, public OWA sources): "<vdir>/deeplink/<route>"
# plus popoutv2=1 and the client version, e.g. /mail/deeplink/compose?popoutv2=1&version=20210823004.06 (a public
# automation script, 2021) and /mail/deeplink/read/…?popoutv2=1&version=20230804005.07 (a captured link, 2023).
OWA_VERSION = '20261126004.11'


def o_compose_window(lang, title, comment, draft_html):
    return f'''<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta charset="utf-8">
<!-- {comment}
     Names, addresses and text are fictional. -->
<title>{title}</title>
{O_STYLE}
</head>
<body class="ms-Fabric" dir="ltr">
<div id="app" class="Bsv7w"><div id="ReadingPaneContainerId" class="cd5Xj"><div id="ItemReadingPaneContainer" class="ubHDG">
{draft_html}
</div></div></div>
<div id="fluent-default-layer-host" style="position:fixed;z-index:1000000"></div>
</body></html>
'''


# ---------------------------------------------------------------- Outlook: the inline reply of outlook-real-thread-ja popped out (ja)
# "Open in new window" on a reply: OWA closes the inline draft ("PoppedOut") and opens /mail/deeplink/compose?popoutv2=1&version=…
# (owa-mail-compose popoutCompose → addPopoutV2('mail', 'compose', …)). The window holds the same draft: recipient well and editor.
write(f'outlook-real-reply-popout-ja-{SEEN2}.html', o_compose_window(
    'ja', 'Re: 【株式会社サンプル】最終面接のご案内 - Outlook',
    f'Fixture: Outlook on the web, the reply of outlook-real-thread-ja-2026-11-25.html popped out into its own window (ja),\n'
    f'     https://outlook.office.com/mail/deeplink/compose?popoutv2=1&version={OWA_VERSION}, seen {SEEN2}.\n'
    '     URL shape from OWA\'s own pop-out code (owa-popout-v2 getDeeplinkUrl: "deeplink/compose" + popoutv2=1 + version; public\n'
    '     OWA sources) and captured pop-out links (2021, 2023). The draft (recipient well data-testid=RecipientWell with the\n'
    '     candidate\'s address in title, editor div#editorParent_1 > div[contenteditable][role=textbox][aria-multiline=true], the\n'
    '     quoted mail after div#divRplyFwdMsg) is cut verbatim from that capture, inside the item pane of the deeplink layout.\n'
    '     No subject field is copied: the capture\'s inline draft has none, and its Japanese label was not seen.',
    O_DRAFT_TPL))

# ---------------------------------------------------------------- Outlook: a reply draft in its own window at outlook.cloud.microsoft (en)
draft_en2 = (O_DRAFT_TPL.replace('[下書き]', '[Draft]').replace('佐藤 健', 'Emily Carter').replace('宛先', 'To').replace('メッセージ本文', 'Message body')
             .replace('送信日時', 'Sent').replace('差出人', 'From').replace('送信', 'Send').replace('破棄', 'Discard').replace('山田 花子', 'Daniel Brooks')
             .replace('hanako.yamada@example.jp', 'daniel.brooks@example.net').replace('今回は見送らせていただくことも考えております。', 'Will the interview be in English or Japanese?'))
# The subject field of a compose window, as public OWA scripts and extensions key on it (2020–2025).
draft_en2 = draft_en2.replace('<div id="editorParent_1"', '<div class="nm8Ue"><input type="text" aria-label="Add a subject" maxlength="255" class="fui-Input__input" value="Re: Interview schedule"></div>\n<div id="editorParent_1"', 1)
draft_id = 'AAMkADFjbG91ZC1yZXBseS1wb3BvdXQtMDAwMQBGAAAAAAAd9Rk2bR0xLmZJ7d8HqTQE='
write(f'outlook-real-reply-popout-en-{SEEN2}.html', o_compose_window(
    'en', 'Re: Interview schedule - Outlook',
    f'Fixture: Outlook on the web at outlook.cloud.microsoft, a reply to the conversation of outlook-real-cloud-bottom-en-2026-12-02.html\n'
    f'     in its own window (en), https://outlook.cloud.microsoft/mail/deeplink/compose/{draft_id.replace("=", "%3D")}?ItemID={draft_id.replace("=", "%3D")}&exvsurl=1, seen {SEEN2}.\n'
    '     URL shape of a draft opened in its own window (public Graph draft-link builders, 2025–2026: /mail/deeplink/compose/<id>?ItemID=<id>&exvsurl=1).\n'
    '     Draft markup cut from outlook-real-thread-ja-2026-11-25.html (recipient well, editor, quoted mail), with the compose\'s\n'
    '     subject field input[aria-label="Add a subject"] (toggl-button\'s Outlook integration and public OWA scripts, 2020–2025).',
    draft_en2))

# ---------------------------------------------------------------- Outlook: the main window of outlook-real-popout-read-ja's conversation (ja)
conv_popout = 'AAQkAGNvbnYtcG9wb3V0LTAwMDEtNDIzMy05YWJjLWRlZjAxMjM0NTY3OAAQAGRlZWJhcjAxMjM0NTY3OA=='
pm_items = (o_collapsed(KEN, '2026/11/28 (土) 17:00', '山田様 このたびは内定のご連絡を差し上げます。') +
            o_expanded(HANAKO, '差出人: ', KEN, '2026/12/01 (火) 10:15', o_body(POPOUT_OWN), 5))
pm_main = ('<div id="ReadingPaneContainerId" class="cd5Xj" role="main" aria-label="閲覧ウィンドウ" data-app-section="MailReadCompose">\n'
           + o_conversation(conv_popout, 'Re: 内定のご連絡', pm_items).replace('<div class="oCachedPane">', '<div>') + '\n</div>')
pm_list = o_list([o_row(conv_popout, HANAKO, 'Re: 内定のご連絡', '内定のご連絡をありがとうございます…', True)])
write(f'outlook-real-popout-main-ja-{SEEN2}.html', o_page(
    'メール - 佐藤 健 - Outlook', 'ja',
    f'Fixture: Outlook on the web (outlook.office.com), the main window showing the conversation of outlook-real-popout-read-ja-2026-12-02.html,\n'
    f'     https://outlook.office.com/mail/inbox/id/{conv_popout.replace("=", "%3D")}, seen {SEEN2}.\n'
    '     Markup cut from outlook-real-thread-ja-2026-11-25.html (reading pane right, list, folder tree naming the mailbox). The\n'
    '     candidate\'s mail is the one the pop-out read window shows, with the same date and words: opened after that window, the\n'
    '     thread must be logged once.',
    O_CHROME, pm_main, mail_list=pm_list))
