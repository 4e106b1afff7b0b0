// @vitest-environment happy-dom
// Small pure parts of the adapters: dates, ids, routes, text segmentation, censored outlines.
import { describe, expect, it } from 'vitest';
import { parseSiteDate } from '../../lib/sites/dates';
import { normaliseGmailId, parseGmailHash } from '../../lib/sites/gmail/ids';
import { censoredOutline } from '../../lib/sites/outline';
import { fingerprint, outlookIdFromPath } from '../../lib/sites/outlook/ids';
import { findEmail, nameWithoutEmail } from '../../lib/sites/people';
import { extractBody, type BodyRules } from '../../lib/sites/text/extract';

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();

describe('parseSiteDate', () => {
  it.each([
    ['2026年11月20日(金) 10:15', local(2026, 11, 20, 10, 15)],
    ['2026年11月20日 午後3:05', local(2026, 11, 20, 15, 5)],
    ['Fri, Nov 20, 2026, 10:15\u202fAM', local(2026, 11, 20, 10, 15)],
    ['Thu, Nov 19, 2026, 6:02 PM', local(2026, 11, 19, 18, 2)],
    ['Nov 19, 2026, 12:02 AM', local(2026, 11, 19, 0, 2)],
    ['Thu, 19 Nov 2026, 18:02', local(2026, 11, 19, 18, 2)],
    ['Fri 11/20/2026 10:15 AM', local(2026, 11, 20, 10, 15)],
    ['2026/11/20 (金) 10:15', local(2026, 11, 20, 10, 15)],
    ['2026-11-20T01:15:00Z', '2026-11-20T01:15:00.000Z'],
  ])('%s', (raw, iso) => expect(parseSiteDate(raw)).toBe(iso));

  it.each(['', '10:15 (3 hours ago)', 'yesterday', '2026年13月40日 10:15', 'Feb 30, 2026, 10:00 AM', 'x'.repeat(500)])('rejects %j', (raw) => {
    expect(parseSiteDate(raw)).toBeNull();
  });
});

describe('Gmail ids and routes', () => {
  it('normalises perm ids to the legacy hex form', () => {
    expect(normaliseGmailId('thread-f:1849733126471935512')).toBe(BigInt('1849733126471935512').toString(16));
    expect(normaliseGmailId('#msg-f:1849733126471935512')).toBe(BigInt('1849733126471935512').toString(16));
    expect(normaliseGmailId('19AB8F3C2D1E0F18')).toBe('19ab8f3c2d1e0f18');
    expect(normaliseGmailId('thread-a:r-1234567')).toBe('thread-a:r-1234567');
    expect(normaliseGmailId('<script>')).toBeNull();
    expect(normaliseGmailId(null)).toBeNull();
  });
  it.each([
    ['#inbox', 'list'],
    ['', 'list'],
    ['#inbox/p2', 'list'],
    ['#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH', 'thread'],
    ['#label/Recruiting%2FCandidates/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlQ', 'thread'],
    ['#label/averyveryverylonglabelname', 'list'],
    ['#search/recruitmentprocess2026abc', 'list'],
    ['#search/interview/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlQ', 'thread'],
    ['#sent/KtbxLwgZcJHjXKmPQbnDgGMDxMrHNvsrgL', 'thread'],
    ['#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH?compose=new', 'thread'],
    ['#settings/general', 'other'],
  ])('%s → %s', (hash, kind) => expect(parseGmailHash(hash).kind).toBe(kind));
});

describe('Outlook ids', () => {
  it.each([
    ['/mail/inbox/id/AAQkADAw%2FATM%3D', 'AAQkADAw/ATM='],
    ['/mail/0/inbox/id/AQQkADAw', 'AQQkADAw'],
    ['/mail/id/AAMkAGI2', 'AAMkAGI2'],
    ['/mail/deeplink/read/id/AAMkAGI2', 'AAMkAGI2'],
    ['/mail/inbox', null],
    ['/calendar/view/week', null],
  ])('%s → %s', (path, id) => expect(outlookIdFromPath(path)).toBe(id));
  it('fingerprints are stable and short', () => {
    expect(fingerprint('a|b')).toBe(fingerprint('a|b'));
    expect(fingerprint('a|b')).not.toBe(fingerprint('a|c'));
    expect(fingerprint('x')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('people', () => {
  it('finds addresses and names', () => {
    expect(findEmail('From: 山田 花子 <hanako.yamada@example.jp>')).toBe('hanako.yamada@example.jp');
    expect(nameWithoutEmail('山田 花子<hanako.yamada@example.jp>', 'hanako.yamada@example.jp')).toBe('山田 花子');
    expect(findEmail('no address')).toBeNull();
  });
});

const RULES: BodyRules = { quote: 'blockquote, .gmail_quote', quoteFromHere: '#divRplyFwdMsg', signature: '.gmail_signature', skip: '[role="button"]' };
function body(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.appendChild(root);
  return extractBody(root, RULES);
}
const parts = (b: ReturnType<typeof body>) => b.segments.map((s) => [s.kind, b.text.slice(s.start, s.end)]);

describe('extractBody', () => {
  it('turns blocks and <br> into line breaks and collapses whitespace', () => {
    const b = body('<div>  Hello \n  world </div><p>Second<br>line</p><br><br><br><div>after</div><table><tr><td>a</td><td>b</td></tr></table>');
    expect(b.text).toBe('Hello world\nSecond\nline\n\nafter\na b');
  });
  it('keeps <pre> whitespace', () => {
    expect(body('<pre>a  b\n  c</pre>').text).toBe('a  b\n  c');
  });
  it('marks DOM quotes, signatures and everything after an Outlook reply header', () => {
    const b = body('<div>own</div><div class="gmail_signature">sig</div><blockquote>q1</blockquote><div>own2</div><div id="divRplyFwdMsg">From: x</div><div>old mail</div>');
    expect(parts(b)).toEqual([
      ['own', 'own\n'],
      ['signature', 'sig\n'],
      ['quote', 'q1\n'],
      ['own', 'own2\n'],
      ['quote', 'From: x\nold mail'],
    ]);
  });
  it('finds plain-text quotes and signatures', () => {
    const b = body('Thanks!<br>Question?<br>-- <br>Dan<br>On Thu, Nov 19, 2026 at 6:02 PM Emily &lt;e@x.com&gt; wrote:<br>&gt; decline<br>&gt; more');
    expect(parts(b)).toEqual([
      ['own', 'Thanks!\nQuestion?\n'],
      ['signature', '--\nDan\n'],
      ['quote', 'On Thu, Nov 19, 2026 at 6:02 PM Emily <e@x.com> wrote:\n> decline\n> more'],
    ]);
  });
  it('finds Japanese reply headers and Outlook "From/Sent" blocks', () => {
    const ja = body('ありがとうございます。<br><br>2026年11月19日(木) 18:02 佐藤 健 &lt;k@example.co.jp&gt;:<br>辞退される場合は');
    expect(parts(ja).map((p) => p[0])).toEqual(['own', 'quote']);
    expect(parts(ja)[1]![1]).toContain('辞退');
    const ol = body('はい。<br>________________________________<br>差出人: 佐藤 健<br>送信日時: 2026年11月19日 18:02<br>辞退');
    expect(parts(ol).map((p) => p[0])).toEqual(['own', 'quote']);
  });
  it('skips script, style, hidden and button content', () => {
    const b = body('<div>a</div><script>evil()</script><style>p{}</style><div hidden>h</div><span style="display: none">n</span><div role="button">Show trimmed</div><div>b</div>');
    expect(b.text).toBe('a\nb');
  });
  it('maps offsets to ranges across collapsed whitespace and nodes', () => {
    const b = body('<div>Hello   <b>big</b>\n world</div>');
    expect(b.text).toBe('Hello big world');
    expect(b.range(0, 5)?.toString()).toBe('Hello');
    expect(b.range(6, 9)?.toString()).toBe('big');
    expect(b.range(6, 15)?.toString().replace(/\s+/g, ' ')).toBe('big world');
    expect(b.range(10, 15)?.toString()).toBe('world');
  });
  it('returns null ranges once the body is gone', () => {
    const b = body('<div>Hello</div>');
    document.body.innerHTML = '';
    expect(b.range(0, 5)).toBeNull();
  });
});

describe('unmarked quotes seen in real mail (no id, no class)', () => {
  const quoteOf = (b: ReturnType<typeof body>) => b.segments.filter((s) => s.kind === 'quote').map((s) => b.text.slice(s.start, s.end)).join('');
  const ownOf = (b: ReturnType<typeof body>) => b.segments.filter((s) => s.kind === 'own').map((s) => b.text.slice(s.start, s.end)).join('');
  it('iOS Mail ja attribution "…のメール:" starts the quote', () => {
    const b = body('<div>時短勤務の制度はありますか。</div><div><br></div><div>2026/11/19 18:02、佐藤 健 &lt;ken@example.co.jp&gt;のメール:</div><div>辞退される場合はご連絡ください。</div>');
    expect(ownOf(b)).toContain('時短勤務の制度はありますか。');
    expect(ownOf(b)).not.toContain('辞退');
    expect(quoteOf(b)).toContain('辞退される場合はご連絡ください。');
  });
  it('Outlook desktop (Word HTML) reply header without divRplyFwdMsg', () => {
    const b = body('<p class="MsoNormal">Is remote work possible?</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Emily Carter &lt;emily@example.com&gt;<br><b>Sent:</b> Thursday, November 19, 2026 6:02 PM<br><b>To:</b> Daniel<br><b>Subject:</b> Interview</p></div><p class="MsoNormal">You may decline at any time.</p>');
    expect(ownOf(b)).toContain('Is remote work possible?');
    expect(ownOf(b)).not.toContain('decline');
    expect(quoteOf(b)).toContain('You may decline at any time.');
  });
});

describe('censoredOutline', () => {
  it('keeps structure, drops text and sensitive attribute values', () => {
    const root = document.createElement('div');
    root.setAttribute('role', 'main');
    root.innerHTML =
      '<div class="adn ads secret-class" data-legacy-message-id="18c4" data-message-id="#msg-f:1"><span class="gD" email="hanako@example.jp" name="山田 花子" title="hanako@example.jp">山田 花子</span>' +
      '<div class="ii gt"><div class="a3s aiL">残業が多いのではないかと不安です。<a href="mailto:hanako@example.jp">mail</a></div></div></div>' +
      '<div data-app-section="ConversationContainer" aria-label="Message from hanako@example.jp" id="UniqueMessageBody_hanako@example.jp"></div>';
    const out = censoredOutline(root);
    expect(out).toContain('div[role="main"]');
    expect(out).toContain('div.adn.ads[+1cls][data-legacy-message-id][data-message-id]');
    expect(out).toContain('span.gD[email][name][title] #text×1');
    expect(out).toContain('[data-app-section="ConversationContainer"]');
    expect(out).not.toMatch(/hanako|山田|残業|mailto|secret-class|example\.jp|18c4|msg-f/);
  });
  it('is bounded', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div><span></span></div>'.repeat(5000);
    const out = censoredOutline(root, 100);
    expect(out.split('\n').length).toBeLessThanOrEqual(101);
    expect(censoredOutline(root, 100_000).length).toBeLessThanOrEqual(20_000);
  });
});

describe('observer count mirror', () => {
  it('mirrors the live count into <html data-afterfollow-observers> once exposed', async () => {
    const { exposeObserverCount, activeObserverCount, holdObserver } = await import('../../lib/sites/observers');
    exposeObserverCount(document);
    expect(document.documentElement.dataset.afterfollowObservers).toBe(String(activeObserverCount()));
    const release = holdObserver();
    expect(document.documentElement.dataset.afterfollowObservers).toBe(String(activeObserverCount()));
    release();
    release();
    expect(Number(document.documentElement.dataset.afterfollowObservers)).toBe(activeObserverCount());
  });
});

describe('prefixed ids and classes (Gmail "m_-123…", OWA "x_")', () => {
  it.each([
    ['gmail', () => import('../../lib/sites/gmail/selectors')],
    ['outlook', () => import('../../lib/sites/outlook/selectors')],
  ])('%s rules catch them', async (_site, load) => {
    const S = await load();
    const rules: BodyRules = { quote: S.quote, quoteFromHere: S.quoteFromHere, signature: S.signature, skip: S.bodySkip };
    const root = document.createElement('div');
    root.innerHTML =
      '<div>own words</div><div id="m_-123Signature">sig</div><div id="m_-123appendonsend"></div><div id="m_-123divRplyFwdMsg">From: x</div><div>辞退</div>';
    document.body.appendChild(root);
    const b = extractBody(root, rules);
    expect(b.segments.map((s) => [s.kind, b.text.slice(s.start, s.end)])).toEqual([
      ['own', 'own words\n'],
      ['signature', 'sig\n'],
      ['quote', 'From: x\n辞退'],
    ]);
    const g = document.createElement('div');
    g.innerHTML = '<div>mine</div><div class="x_gmail_quote">q</div><div class="m_-9gmail_signature">s</div>';
    document.body.appendChild(g);
    const gb = extractBody(g, rules);
    expect(gb.segments.map((s) => s.kind)).toEqual(['own', 'quote', 'signature']);
  });
});

describe('rule pre-filter (extract skips `matches` for elements no rule can match)', () => {
  const sites = [
    ['gmail', () => import('../../lib/sites/gmail/selectors')],
    ['outlook', () => import('../../lib/sites/outlook/selectors')],
  ] as const;
  it.each(sites)('%s: every element of every fixture that a rule matches is sent to matches', async (_site, load) => {
    const S = await load();
    const { mayMatchRules } = await import('../../lib/sites/text/extract');
    const { readdirSync } = await import('node:fs');
    const { fixtureHtml, FIXTURE_DIR, loadPage } = await import('./load');
    const rules: BodyRules = { quote: S.quote, quoteFromHere: S.quoteFromHere, signature: S.signature, skip: S.bodySkip };
    const any = [rules.quote, rules.quoteFromHere, rules.signature, rules.skip].join(', ');
    let matched = 0;
    let skipped = 0;
    const extra =
      '<div class="X_GMAIL_QUOTE">a</div><div id="x_x_divRplyFwdMsg">b</div><span class="m_1 moz-cite-prefix z">c</span><div data-smartmail="gmail_signature">d</div>' +
      '<div role="button">e</div><blockquote>f</blockquote><div class="h5">g</div><div class="x_elementToProof" id="x_Signature">h</div><div data-app-section="QuotedText">i</div>';
    for (const file of readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'))) {
      const page = loadPage(fixtureHtml(file).replace('</body>', `${extra}</body>`), 'https://example.test/');
      for (const el of Array.from(page.document.querySelectorAll('*'))) {
        const must = el.matches(any);
        const may = mayMatchRules(el, rules);
        if (must) {
          matched++;
          expect(may, `${file}: <${el.localName} class="${el.getAttribute('class')}" id="${el.id}">`).toBe(true);
        } else if (!may) skipped++;
      }
      page.close();
    }
    expect(matched).toBeGreaterThan(5);
    // The filter is worth having: most elements never reach matches.
    expect(skipped).toBeGreaterThan(matched);
  });

  it('an OWA body line (class x_elementToProof, inline style, no id) is not a candidate; one with a Signature id is', async () => {
    const S = await import('../../lib/sites/outlook/selectors');
    const { mayMatchRules } = await import('../../lib/sites/text/extract');
    const rules: BodyRules = { quote: S.quote, quoteFromHere: S.quoteFromHere, signature: S.signature, skip: S.bodySkip };
    const line = document.createElement('div');
    line.className = 'x_elementToProof';
    line.setAttribute('style', 'font-size:12pt');
    expect(mayMatchRules(line, rules)).toBe(false);
    line.id = 'x_Signature';
    expect(mayMatchRules(line, rules)).toBe(true);
  });

  it('a rule the parser does not understand sends every element to matches', async () => {
    const { mayMatchRules } = await import('../../lib/sites/text/extract');
    const rules: BodyRules = { quote: 'div > p.q', quoteFromHere: '', signature: '.sig', skip: '' };
    expect(mayMatchRules(document.createElement('span'), rules)).toBe(true);
  });
});

describe('Outlook editor selector', () => {
  it('every compose-editor chain entry narrows composeEditorAny, which is in the chain (their union is that one selector)', async () => {
    const S = await import('../../lib/sites/outlook/selectors');
    expect(S.composeEditor).toContain(S.composeEditorAny);
    for (const entry of S.composeEditor) {
      const last = entry.trim().split(/\s+/).pop()!;
      for (const part of S.composeEditorAny.match(/\[[^\]]+\]|^[a-z]+/g)!) expect(last, entry).toContain(part);
      expect(last.startsWith('div')).toBe(true);
    }
  });
});
