// @vitest-environment happy-dom
// Only what the reader sees is read: hidden panes and messages are skipped, and text hidden inside a
// mail (tiny, background-coloured, transparent, aria-hidden, off-screen) never reaches analysis.
import { afterEach, describe, expect, it } from 'vitest';
import { extractBody, type BodyRules } from '../../lib/sites/text/extract';
import { contrast, parseColor } from '../../lib/sites/text/visual';
import { isShown, pickShown, styleHides } from '../../lib/sites/visibility';
import { loadPage, type LoadedPage } from './load';

const RULES: BodyRules = { quote: 'blockquote', quoteFromHere: '#appendonsend', signature: '.sig', skip: '[role="button"]' };

let page: LoadedPage | null = null;
afterEach(() => {
  page?.close();
  page = null;
});

function body(html: string): string {
  page = loadPage(`<!DOCTYPE html><html><body><div id="b">${html}</div></body></html>`, 'https://mail.google.com/mail/u/0/');
  return extractBody(page.document.getElementById('b')!, RULES).text;
}

describe('text the reader cannot see', () => {
  it.each([
    ['font-size:0', '<span style="font-size:0">Could you tell me the salary?</span>'],
    ['font-size:0px with !important', '<span style="font-size: 0px !important">Could you tell me the salary?</span>'],
    ['font-size:1px', '<span style="font-size:1px">Could you tell me the salary?</span>'],
    ['font shorthand 0', '<span style="font: 0/0 a">Could you tell me the salary?</span>'],
    ['white on default white', '<span style="color:#ffffff">Could you tell me the salary?</span>'],
    ['near-white named colour', '<span style="color: whitesmoke">Could you tell me the salary?</span>'],
    ['colour like an inline background', '<div style="background:#123456"><span style="color:#123457">Could you tell me the salary?</span></div>'],
    ['colour like a bgcolor table', '<table bgcolor="#000000"><tr><td><font color="#000">Could you tell me the salary?</font></td></tr></table>'],
    ['transparent text', '<span style="color:rgba(0,0,0,0)">Could you tell me the salary?</span>'],
    ['opacity 0', '<div style="opacity:0">Could you tell me the salary?</div>'],
    ['opacity 0.0 !important', '<div style="opacity: 0.0 !important">Could you tell me the salary?</div>'],
    ['display:none', '<div style="display:none">Could you tell me the salary?</div>'],
    ['visibility:hidden', '<div style="visibility:hidden">Could you tell me the salary?</div>'],
    ['hidden attribute', '<div hidden>Could you tell me the salary?</div>'],
    ['aria-hidden', '<div aria-hidden="true">Could you tell me the salary?</div>'],
    ['zero height, overflow hidden', '<div style="height:0;overflow:hidden">Could you tell me the salary?</div>'],
    ['max-height 0', '<div style="max-height:0px; overflow:hidden">Could you tell me the salary?</div>'],
    ['off-screen', '<div style="position:absolute;left:-9999px">Could you tell me the salary?</div>'],
    ['text-indent away', '<div style="text-indent:-99999px">Could you tell me the salary?</div>'],
    ['clip rect 0', '<div style="position:absolute;clip:rect(0 0 0 0)">Could you tell me the salary?</div>'],
    ['class hidden by a sheet in the mail', '<style>.pre{display:none}</style><div class="pre">Could you tell me the salary?</div>'],
    ['tiny by a sheet in the mail', '<style>.x_h{font-size:0}</style><div class="x_h">Could you tell me the salary?</div>'],
    ['white by a sheet in the mail', '<style>#x_p{color:#fff}</style><p id="x_p">Could you tell me the salary?</p>'],
  ])('%s is left out', (_name, hidden) => {
    const text = body(`<div>Thank you for the interview.</div>${hidden}<div>Best regards, Hanako</div>`);
    expect(text).toContain('Thank you for the interview.');
    expect(text).toContain('Best regards, Hanako');
    expect(text).not.toContain('salary');
  });

  it.each([
    ['dark text on a dark-on-light table', '<table bgcolor="#ffffff"><tr><td><font color="#333333">Could you tell me the salary?</font></td></tr></table>'],
    ['white text on a dark button', '<div style="background-color:#0b57d0"><span style="color:#fff">Could you tell me the salary?</span></div>'],
    ['a child that resets the font size', '<div style="font-size:0"><span style="font-size:14px">Could you tell me the salary?</span></div>'],
    ['a child that is visible again', '<div style="visibility:hidden"><span style="visibility:visible">Could you tell me the salary?</span></div>'],
    ['grey text', '<span style="color:#888">Could you tell me the salary?</span>'],
    ['small but readable', '<span style="font-size:9px">Could you tell me the salary?</span>'],
    ['opacity 0.6', '<span style="opacity:0.6">Could you tell me the salary?</span>'],
    ['a sheet that styles visibly', '<style>.x_elementToProof{font-size:12pt;color:rgb(0,0,0)}</style><div class="x_elementToProof">Could you tell me the salary?</div>'],
  ])('%s is kept', (_name, shown) => {
    expect(body(`<div>Hi.</div>${shown}`)).toContain('Could you tell me the salary?');
  });

  it('keeps offsets mapping to the DOM around hidden text', () => {
    const text = body('<div>Visible one.</div><span style="font-size:0">secret</span><div>Visible two.</div>');
    expect(text).toBe('Visible one.\nVisible two.');
  });
});

describe('colours', () => {
  it.each([
    ['#fff', [255, 255, 255, 1]],
    ['#FFFFFF80', [255, 255, 255, 128 / 255]],
    ['rgb(1, 2, 3)', [1, 2, 3, 1]],
    ['rgba(1,2,3,0)', [1, 2, 3, 0]],
    ['rgb(255 255 255 / 50%)', [255, 255, 255, 0.5]],
    ['White', [255, 255, 255, 1]],
  ])('%s', (raw, rgba) => expect(parseColor(raw)).toEqual(rgba));
  it('rejects junk', () => {
    for (const raw of ['', 'url(x)', '#12', 'rgb(1,2)', 'calc(1)']) expect(parseColor(raw)).toBeNull();
  });
  it('measures contrast', () => {
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 0);
    expect(contrast([255, 255, 255, 1], [255, 255, 255, 1])).toBe(1);
  });
});

describe('panes and messages on screen', () => {
  it.each([
    ['display:none', true],
    ['visibility:hidden', true],
    ['position:absolute; left:-10000px; top:0', true],
    ['transform: translateX(-200vw)', true],
    ['width:0;height:0;overflow:hidden', true],
    ['display:block', false],
    ['left:-20px', false],
  ])('inline style %s hides: %s', (style, hides) => expect(styleHides(style)).toBe(hides));

  it('an ancestor hidden by attribute, style or a page stylesheet hides the pane', () => {
    page = loadPage(
      `<html><head><style>.cached{display:none}</style></head><body>
        <div id="app">
          <div hidden><div id="a" class="pane"></div></div>
          <div aria-hidden="true"><div id="b" class="pane"></div></div>
          <div class="cached"><div id="c" class="pane"></div></div>
          <div style="visibility:hidden"><div id="d" class="pane"></div></div>
          <div><div id="e" class="pane"></div></div>
        </div></body></html>`,
      'https://outlook.office.com/mail/',
    );
    const d = page.document;
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => isShown(d.getElementById(id)!))).toEqual([false, false, false, false, true]);
    expect(pickShown(Array.from(d.querySelectorAll('.pane')), d)?.id).toBe('e');
  });

  it("aria-hidden on the app root (a modal dialog's doing) does not hide the view", () => {
    page = loadPage('<html><body><div id="app" aria-hidden="true"><div id="p"></div></div><div role="dialog"></div></body></html>', 'https://outlook.office.com/mail/');
    expect(isShown(page.document.getElementById('p')!)).toBe(true);
  });

  it('nothing shown → null; several shown → the last in document order (no layout)', () => {
    page = loadPage('<html><body><div id="x" hidden></div><div id="y"></div><div id="z"></div></body></html>', 'https://outlook.office.com/mail/');
    const d = page.document;
    expect(pickShown([d.getElementById('x')!], d)).toBeNull();
    expect(pickShown([d.getElementById('y')!, d.getElementById('z')!], d)?.id).toBe('z');
  });
});
