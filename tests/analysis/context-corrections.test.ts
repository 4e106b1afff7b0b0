// @vitest-environment node
// Context from the thread and the log (who sent it), local corrections, DOM segment hints, and
// bad input: every call answers, none throws.
import { describe, expect, it } from 'vitest';
import {
  analyzeMessage,
  compileCorrections,
  mergeCorrections,
  ownOrganisation,
  type Correction,
  type MessageInput,
} from '../../lib/analysis';

const mail = (body: string, extra: Partial<MessageInput> = {}): MessageInput => ({
  subject: 'Re: 最終面接',
  body,
  from: { name: 'Cand', email: 'cand@example.com' },
  ...extra,
});

describe('context', () => {
  const decline = '内定を辞退させていただきます。';
  it("the user's own mail is never a candidate's, whatever else is set", () => {
    const a = analyzeMessage(mail(decline, { fromCurrentUser: true, knownCandidate: true }));
    expect(a.candidate).toBe(false);
    expect(a.decline.level).toBe('none');
  });
  it('own organisation, agents and job boards reporting a decline are not hints', () => {
    for (const extra of [{ fromOwnOrganisation: true }, { senderKind: 'agent' as const }, { senderKind: 'job_board' as const }]) {
      const a = analyzeMessage(mail('田中さんから内定を辞退したいとの連絡がありました。', { ...extra, candidateThread: true }));
      expect(a.candidate, JSON.stringify(extra)).toBe(false);
      expect(a.decline.level).toBe('none');
      expect(a.diagnostics?.candidateBy).toBe('context');
    }
  });
  it('a known candidate (or a known candidate thread) is never gated by the score', () => {
    const short = mail('Weekly newsletter: 5 tips for your team. Unsubscribe here.', { subject: 'Newsletter', from: { name: 'News', email: 'noreply@example.com' } });
    expect(analyzeMessage(short).candidate).toBe(false);
    expect(analyzeMessage({ ...short, knownCandidate: true }).candidate).toBe(true);
    expect(analyzeMessage({ ...short, knownCandidate: true }).diagnostics?.candidateBy).toBe('context');
    expect(analyzeMessage({ ...short, candidateThread: true }).candidate).toBe(true);
    const a = analyzeMessage({ ...short, body: 'すみません、今回は見送らせてください', candidateThread: true });
    expect(a.decline.level).not.toBe('none');
  });
  it('ownOrganisation compares domains, never public mail domains', () => {
    expect(ownOrganisation('hr@acme.co.jp', 'me@acme.co.jp')).toBe(true);
    expect(ownOrganisation('a@mail.acme.co.jp', 'me@acme.co.jp')).toBe(true);
    expect(ownOrganisation('cand@gmail.com', 'me@gmail.com')).toBe(false);
    expect(ownOrganisation('cand@other.com', 'me@acme.co.jp')).toBe(false);
    expect(ownOrganisation('', 'me@acme.co.jp')).toBe(false);
  });
});

describe('segment hints from the DOM', () => {
  it('a part the adapter marked as quote is never read', () => {
    const body = 'ありがとうございます。\n内定を辞退させていただきます。';
    const start = body.indexOf('内定');
    const a = analyzeMessage(mail(body, { segments: [{ kind: 'own', start: 0, end: start }, { kind: 'quote', start, end: body.length }] }));
    expect(a.decline.level).toBe('none');
    expect(analyzeMessage(mail(body)).decline.level).toBe('hard');
  });
});

describe('corrections', () => {
  const sentence = 'I will need to talk it over with my family before I can say yes.';
  const c = (x: Partial<Correction>): Correction => ({ id: 'c1', at: 1, text: sentence, action: 'dismiss', field: 'decline', ...x });
  it('a dismissed hint is dismissed for the same and similar sentences', () => {
    const before = analyzeMessage(mail(sentence, { knownCandidate: true }));
    expect(before.decline.level).not.toBe('none');
    const corrections = compileCorrections([c({})]);
    const after = analyzeMessage(mail(sentence, { knownCandidate: true }), { corrections });
    expect(after.decline.level).toBe('none');
    expect(after.diagnostics?.correctionsApplied).toBeGreaterThan(0);
    const similar = analyzeMessage(mail('I will need to talk it over with my family before I can say yes!', { knownCandidate: true }), { corrections });
    expect(similar.decline.level).toBe('none');
    const other = analyzeMessage(mail('I have decided to withdraw my application.', { knownCandidate: true }), { corrections });
    expect(other.decline.level).toBe('hard');
  });
  it('a missed sentence marked as a hint, question or worry is found from then on', () => {
    const text = '例の件、ちょっと持ち帰らせてください。';
    const corrections = compileCorrections([
      c({ id: 'm1', text, action: 'mark', field: 'decline', level: 'soft' }),
      c({ id: 'm2', text, action: 'mark', field: 'worry', category: 'process' }),
    ]);
    const a = analyzeMessage(mail(text, { knownCandidate: true }), { corrections });
    expect(a.decline.level).toBe('soft');
    expect(a.decline.phrases[0]?.text).toBeTruthy();
    expect(a.anxieties).toEqual([expect.objectContaining({ category: 'process' })]);
  });
  it('a changed category sticks', () => {
    const text = "I'm a bit worried about the commute.";
    const corrections = compileCorrections([c({ id: 'k', text, action: 'category', field: 'worry', category: 'location' })]);
    expect(analyzeMessage(mail(text, { knownCandidate: true }), { corrections }).anxieties[0]?.category).toBe('location');
  });
  it("merging with a teammate's set keeps one per id, the later one", () => {
    const a = { version: 1 as const, items: [c({ id: 'x', at: 1 }), c({ id: 'y', at: 5 })] };
    const b = { version: 1 as const, items: [c({ id: 'x', at: 3, action: 'mark' }), c({ id: 'z', at: 2 })] };
    const m = mergeCorrections(a, b);
    expect(m.items.map((i) => [i.id, i.at])).toEqual([['z', 2], ['x', 3], ['y', 5]]);
    expect(mergeCorrections(b, a)).toEqual(m);
  });
  it('bad records are skipped, never fatal', () => {
    const idx = compileCorrections([{ id: '', at: -1 } as unknown as Correction, c({})]);
    expect(idx.size).toBe(1);
  });
});

describe('bad input answers, never throws', () => {
  const cases: Array<[string, unknown]> = [
    ['empty', mail('')],
    ['1 MB', mail('I might decline. 不安です。\n'.repeat(45_000).slice(0, 1_000_000))],
    ['binary-looking', mail(String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536)))],
    ['mixed script', mail('Привет! 你好 مرحبا 안녕하세요 こんにちは 😀😀 I am worried 辞退 ￼\u0000\uD800')],
    ['missing fields', { body: 'hi' }],
    ['not an object', null],
    ['body not a string', { subject: 1, body: 5, from: null }],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const a = analyzeMessage(input as MessageInput);
      expect(a).toHaveProperty('candidate');
      expect(a.diagnostics).toBeDefined();
    });
  }
});
