// @vitest-environment node
import { BUILTIN_TEMPLATES } from '../../lib/templates/builtin';
import { createTemplateSet, formatPath, parseTemplateSet, serializeTemplateSet, type Template } from '../../lib/templates/schema';

const custom = (over: Partial<Record<keyof Template, unknown>> & Record<string, unknown> = {}) => ({
  id: 'team.after.ja',
  moment: 'after_interview',
  language: 'ja',
  title: '面接後（チーム版）',
  body: '{{candidateName}}\n本日はありがとうございました。',
  builtin: false,
  updatedAt: '2026-01-05T10:00:00.000Z',
  ...over,
});
const setWith = (templates: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'afterfollow-templates', version: 1, exportedAt: '2026-01-05T10:00:00.000Z', templates, ...over });

function expectError(json: string, pattern: RegExp) {
  const r = parseTemplateSet(json);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(pattern);
}

describe('parseTemplateSet', () => {
  it('round-trips the built-in library through export', () => {
    const r = parseTemplateSet(serializeTemplateSet(createTemplateSet(BUILTIN_TEMPLATES, new Date('2026-01-01T00:00:00Z'))));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.set.templates).toHaveLength(20);
      expect(r.set.exportedAt).toBe('2026-01-01T00:00:00.000Z');
    }
  });

  it('accepts a team template without subject', () => {
    const r = parseTemplateSet(setWith([custom()]));
    expect(r.ok && r.set.templates[0]?.subject).toBeUndefined();
  });

  it.each([
    ['a wrong version', setWith([], { version: 2 }), /^version: unsupported version 2/],
    ['a missing version', setWith([], { version: undefined }), /^version:/],
    ['a wrong format', setWith([], { format: 'something-else' }), /^format: expected "afterfollow-templates"/],
    ['an array', '[]', /not an Afterfollow template set/],
    ['invalid JSON', '{"format": ', /^not valid JSON/],
    ['a missing body', setWith([custom(), custom({ id: 'b' }), custom({ id: 'c' }), custom({ id: 'd', body: undefined })]), /^templates\[3\]\.body: Required$/],
    ['a wrong type', setWith([custom({ builtin: 'yes' })]), /^templates\[0\]\.builtin: /],
    ['an unknown moment', setWith([custom({ moment: 'lunch' })]), /^templates\[0\]\.moment: /],
    ['an unknown language', setWith([custom({ language: 'fr' })]), /^templates\[0\]\.language: /],
    ['an unknown variable', setWith([custom({ body: 'Dear {{candidateNmae}}' })]), /^templates\[0\]\.body: unknown variable \{\{candidateNmae\}\}$/],
    ['an unknown variable in the subject', setWith([custom({ subject: '{{salary}}' })]), /^templates\[0\]\.subject: unknown variable \{\{salary\}\}/],
    ['a stray "{{"', setWith([custom({ body: '{{ first name }}' })]), /^templates\[0\]\.body: "\{\{" that does not form/],
    ['an empty body', setWith([custom({ body: '  ' })]), /^templates\[0\]\.body: empty body/],
    ['a bad date', setWith([custom({ updatedAt: 'yesterday' })]), /^templates\[0\]\.updatedAt: /],
    ['an extra key', setWith([custom({ bdy: 'x' })]), /^templates\[0\]: Unrecognized key/],
    ['duplicate ids', setWith([custom(), custom()]), /^templates\[1\]\.id: duplicate id "team.after.ja"/],
    ['a built-in with a foreign id', setWith([custom({ builtin: true })]), /^templates\[0\]\.id: a built-in template must have id "builtin.after_interview.ja"/],
    ['templates not an array', setWith([], { templates: {} }), /^templates: /],
  ])('rejects %s, naming the field', (_label, json, pattern) => expectError(json, pattern));

  it.each([
    ['__proto__ at the root', '{"__proto__": {"polluted": true}, "format": "afterfollow-templates", "version": 1}', /^__proto__: forbidden key/],
    ['__proto__ in a template', setWith([{ ...custom(), ['__proto__']: { polluted: 1 } }]), /forbidden key/],
    ['constructor in a template', setWith([{ ...custom(), constructor: { prototype: {} } }]), /^templates\[0\]\.constructor: forbidden key/],
    ['prototype deep inside', setWith([custom({ title: { prototype: 1 } })]), /^templates\[0\]\.title\.prototype: forbidden key/],
  ])('rejects %s', (_label, json, pattern) => {
    expectError(json, pattern);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a literal "__proto__" key written in the JSON text', () => {
    const json = setWith([custom()]).replace('"id":', '"__proto__": {"x": 1}, "id":');
    expectError(json, /^templates\[0\]\.__proto__: forbidden key/);
  });

  it('rejects files over 1 MB before parsing them', () => {
    const huge = setWith([custom({ body: 'あ'.repeat(400_000) })]); // 1.2 MB in UTF-8, 400k chars
    expectError(huge, /^file too large/);
    expectError(' '.repeat(1024 * 1024 + 1), /^file too large/);
  });

  it('is all-or-nothing: one bad template rejects the set, and every issue is listed', () => {
    const r = parseTemplateSet(setWith([custom(), custom({ id: 'x', body: undefined }), custom({ id: 'y', moment: 'nope' })]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual(expect.arrayContaining(['templates[1].body: Required', expect.stringMatching(/^templates\[2\]\.moment: /)]));
      expect('set' in r).toBe(false);
    }
  });

  it('survives deeply nested input', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(parseTemplateSet(deep).ok).toBe(false);
    // Refused by the nesting bound before JSON.parse recurses (a set nests 3 deep).
    const deepPolluted = '{"a":'.repeat(20_000) + '{"__proto__":1}' + '}'.repeat(20_000);
    expectError(deepPolluted, /^nested more than 16 levels deep: not an Afterfollow template set$/);
    const pollutedWithin = '{"a":'.repeat(10) + '{"__proto__":1}' + '}'.repeat(10);
    expectError(pollutedWithin, /\.__proto__: forbidden key$/);
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets', () => {
    expect(formatPath(['templates', 3, 'body'])).toBe('templates[3].body');
    expect(formatPath([])).toBe('');
  });
});
