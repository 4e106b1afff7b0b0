import { openDb, type AfterfollowDb } from '../../lib/db/database';
import {
  deleteTemplate,
  duplicateTemplate,
  exportTemplateSet,
  importTemplateSet,
  listTemplates,
  restoreAllBuiltins,
  restoreBuiltin,
  saveTemplate,
} from '../../lib/db/templates';
import { BUILTIN_TEMPLATES, getBuiltinTemplate } from '../../lib/templates/builtin';
import { createTemplateSet, serializeTemplateSet, type Template } from '../../lib/templates/schema';

let counter = 0;
const dbs: AfterfollowDb[] = [];
function freshDb(): AfterfollowDb {
  const db = openDb(`tpl-repo-${Date.now()}-${counter++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const NOW = new Date('2026-01-05T09:00:00.000Z');
const custom = (over: Partial<Template> = {}): Template => ({
  id: 'custom.a',
  moment: 'after_interview',
  language: 'en',
  title: 'Short thanks',
  subject: 'Thanks, {{candidateName}}',
  body: 'Dear {{candidateName}},\n\nThank you!\n{{recruiterName}}',
  builtin: false,
  updatedAt: NOW.toISOString(),
  ...over,
});

describe('template repository', () => {
  it('lists every built-in in moment order when nothing is stored', async () => {
    const list = await listTemplates(freshDb());
    expect(list).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(list.every((e) => e.origin === 'builtin')).toBe(true);
    expect(list[0]!.template.moment).toBe('before_interview');
    expect(list.slice(0, 2).map((e) => e.template.language)).toEqual(['ja', 'en']);
  });

  it('saves an edited built-in under its id as builtin:false and restores it', async () => {
    const db = freshDb();
    const shipped = getBuiltinTemplate('after_interview', 'ja');
    const saved = await saveTemplate(db, { ...shipped, body: shipped.body + '\n追伸' }, NOW);
    expect(saved.ok && saved.template).toMatchObject({ id: shipped.id, builtin: false, updatedAt: NOW.toISOString() });

    let list = await listTemplates(db);
    expect(list).toHaveLength(BUILTIN_TEMPLATES.length);
    const edited = list.find((e) => e.template.id === shipped.id)!;
    expect(edited.origin).toBe('edited');
    expect(edited.template.body).toContain('追伸');

    expect(await restoreBuiltin(db, shipped.id)).toEqual(shipped);
    list = await listTemplates(db);
    expect(list.find((e) => e.template.id === shipped.id)).toEqual({ template: shipped, origin: 'builtin' });
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses to move an edited built-in to another moment or language', async () => {
    const db = freshDb();
    const shipped = getBuiltinTemplate('quick_answer', 'en');
    const result = await saveTemplate(db, { ...shipped, moment: 'gap_reminder' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^moment: /) });
    expect(await db.templates.count()).toBe(0);
  });

  it('rejects an invalid template with the field named, writing nothing', async () => {
    const db = freshDb();
    const result = await saveTemplate(db, custom({ body: 'Hi {{candidateNmae}}' }));
    expect(result).toMatchObject({ ok: false, error: 'body: unknown variable {{candidateNmae}}' });
    expect(await db.templates.count()).toBe(0);
  });

  it('duplicates a built-in as a custom template and deletes only custom ones', async () => {
    const db = freshDb();
    const copy = await duplicateTemplate(db, 'builtin.offer_follow_up.en', { now: NOW });
    expect(copy).toMatchObject({ moment: 'offer_follow_up', language: 'en', builtin: false, title: 'Offer follow-up (copy)' });
    expect(copy.id).toMatch(/^custom\./);
    const list = await listTemplates(db);
    expect(list.find((e) => e.template.id === copy.id)?.origin).toBe('custom');
    expect(list).toHaveLength(BUILTIN_TEMPLATES.length + 1);

    await expect(deleteTemplate(db, 'builtin.offer_follow_up.en')).rejects.toThrow(/restore/);
    await deleteTemplate(db, copy.id);
    expect(await db.templates.count()).toBe(0);
  });

  it('restores all built-ins and keeps the team’s own templates', async () => {
    const db = freshDb();
    for (const b of BUILTIN_TEMPLATES.slice(0, 3)) await saveTemplate(db, { ...b, title: b.title + '!' });
    await saveTemplate(db, custom());
    expect(await restoreAllBuiltins(db)).toBe(3);
    expect((await db.templates.toArray()).map((t) => t.id)).toEqual(['custom.a']);
  });

  it('rejects a malformed set whole, naming the field, and writes nothing', async () => {
    const db = freshDb();
    await saveTemplate(db, custom({ title: 'Before' }), NOW);
    const set = createTemplateSet([custom({ id: 'custom.b', title: 'Good one' }), custom({ id: 'custom.c' })], NOW);
    const json = JSON.parse(serializeTemplateSet(set));
    delete json.templates[1].body;
    json.templates[0].title = 'Changed';
    const result = await importTemplateSet(db, JSON.stringify(json));
    expect(result).toMatchObject({ ok: false, error: 'templates[1].body: Required' });
    expect(await db.templates.toArray()).toEqual([custom({ title: 'Before' })]);
  });

  it('rejects an imported override that changes a built-in’s moment', async () => {
    const db = freshDb();
    const moved = { ...getBuiltinTemplate('gap_reminder', 'ja'), builtin: false, moment: 'quick_answer' as const };
    const result = await importTemplateSet(db, serializeTemplateSet(createTemplateSet([custom(), moved])));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^templates\[1\]\.moment: /) });
    expect(await db.templates.count()).toBe(0);
  });

  it('round-trips a set through export and import into another browser', async () => {
    const source = freshDb();
    const shipped = getBuiltinTemplate('before_interview', 'en');
    await saveTemplate(source, { ...shipped, body: shipped.body + '\nSee you soon.' }, NOW);
    await saveTemplate(source, custom(), NOW);
    const json = await exportTemplateSet(source, NOW);
    expect(JSON.parse(json).templates.map((t: Template) => t.id)).toEqual([shipped.id, 'custom.a']);

    const target = freshDb();
    await saveTemplate(target, custom({ title: 'Old title' }), NOW);
    const result = await importTemplateSet(target, json, NOW);
    expect(result).toEqual({ ok: true, imported: 2, added: 1, replaced: 1, skippedBuiltins: 0 });
    expect(await listTemplates(target)).toEqual(await listTemplates(source));
  });

  it('does not store built-ins marked as shipped text in an imported set', async () => {
    const db = freshDb();
    const set = createTemplateSet([getBuiltinTemplate('after_interview', 'en'), custom()], NOW);
    const result = await importTemplateSet(db, serializeTemplateSet(set), NOW);
    expect(result).toMatchObject({ ok: true, imported: 1, skippedBuiltins: 1 });
    expect((await db.templates.toArray()).map((t) => t.id)).toEqual(['custom.a']);
  });
});
