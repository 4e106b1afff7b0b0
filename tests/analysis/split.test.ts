// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitBody } from '../../lib/analysis/index';

const own = (body: string) =>
  splitBody(body)
    .filter((r) => r.kind === 'own')
    .map((r) => body.slice(r.start, r.end))
    .join('');

describe('splitBody', () => {
  it('tiles the body without gaps', () => {
    const body = 'a\n> b\nc\n-- \nsig';
    const regions = splitBody(body);
    expect(regions[0]!.start).toBe(0);
    expect(regions[regions.length - 1]!.end).toBe(body.length);
    for (let i = 1; i < regions.length; i++) expect(regions[i]!.start).toBe(regions[i - 1]!.end);
  });
  it('splits > quotes and interleaved answers', () => {
    const body = 'Hi\n> Do you have questions?\nYes, one.\n> Anything else?\nNo.';
    expect(own(body)).toContain('Yes, one.');
    expect(own(body)).toContain('No.');
    expect(own(body)).not.toContain('Anything else');
  });
  it('Gmail attribution, also wrapped over two lines', () => {
    for (const attr of ['On Fri, Nov 20, 2026 at 10:00 AM Sarah <s@x.com> wrote:', 'On Fri, Nov 20, 2026 at 10:00 AM Sarah <s@x.com>\nwrote:']) {
      const body = `Thanks!\n\n${attr}\nPlease decline if needed.`;
      expect(own(body)).toBe('Thanks!\n\n');
    }
  });
  it('Japanese date headers and のメッセージ:', () => {
    expect(own('了解です。\n2026年11月20日(金) 10:00 山田太郎 <yamada@example.jp>:\n辞退の場合は…')).toBe('了解です。\n');
    expect(own('了解です。\n2026/11/18 9:15、佐藤 花子 <sato@x.jp>のメッセージ:\n> 辞退')).toBe('了解です。\n');
  });
  it('Outlook separators and headers (en/ja)', () => {
    expect(own('OK\n-----Original Message-----\nFrom: a\nSent: b\ndecline')).toBe('OK\n');
    expect(own('OK\nFrom: Sarah <s@x.com>\nSent: Monday\nTo: me\nSubject: x\n\ndecline')).toBe('OK\n');
    expect(own('了解\n差出人: 山田 <y@x.jp>\n送信日時: 2026年11月20日\n件名: x\n辞退')).toBe('了解\n');
    expect(own('OK\n________________________________\nFrom: a\nSent: b\nbody')).toBe('OK\n');
  });
  it('signatures: "-- ", decorated blocks with contacts, mobile footers, disclaimers', () => {
    expect(own('本文です。\n-- \n田中\nTEL 090')).toBe('本文です。\n');
    expect(own('本文です。\n━━━━━━━━\n田中\nTEL: 090-1\n━━━━━━━━')).toBe('本文です。\n');
    expect(own('本文です。\n＝＝＝＝＝＝\n田中\nMail: a@b.c')).toBe('本文です。\n');
    expect(own('Body.\nSent from my iPhone')).toBe('Body.\n');
    expect(own('Body.\n\nCONFIDENTIALITY NOTICE: This email is intended only for the named recipient.')).toBe('Body.\n\n');
    // A plain rule without contact details is not a signature.
    expect(own('Part one.\n----------\nPart two?')).toContain('Part two?');
  });
  it('handles CRLF', () => {
    expect(own('Thanks\r\n> quoted\r\n')).toBe('Thanks\r\n');
  });
});
