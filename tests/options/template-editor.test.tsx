// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TemplateEditor } from '../../components/options/templates/TemplateEditor';
import { openDb, type AfterfollowDb } from '../../lib/db/database';
import { listTemplates, saveTemplate, templateRepository } from '../../lib/db/templates';
import { setMessageSourceForTests } from '../../lib/platform/i18n';
import ja from '../../public/_locales/ja/messages.json';
import { getBuiltinTemplate } from '../../lib/templates/builtin';

let counter = 0;
const dbs: AfterfollowDb[] = [];
afterEach(async () => {
  cleanup();
  setMessageSourceForTests(null);
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(options: { confirm?: boolean } = {}) {
  const db = openDb(`tpl-editor-${Date.now()}-${counter++}`);
  dbs.push(db);
  const download = vi.fn();
  const confirm = vi.fn(() => options.confirm ?? true);
  const user = userEvent.setup();
  render(<TemplateEditor repository={templateRepository(db)} download={download} confirm={confirm} />);
  return { db, download, confirm, user };
}

const preview = () => screen.getByRole('region', { name: 'Preview with sample data' });
const body = () => screen.getByLabelText('Body') as HTMLTextAreaElement;
const save = () => screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement;
const status = () => screen.getAllByRole('status').at(-1)!;
// user-event reads "{" as the start of a key name; "{{" types one brace.
const typed = (text: string) => text.replace(/[{[]/g, (c) => c + c);

async function open(user: ReturnType<typeof userEvent.setup>, title: RegExp) {
  await user.click(await screen.findByRole('button', { name: title }));
}

describe('TemplateEditor', () => {
  it('lists the library by moment and previews the selected template with sample data', async () => {
    const { user } = setup();
    const nav = await screen.findByRole('navigation', { name: 'Templates by moment' });
    expect(within(nav).getByRole('heading', { name: 'After an interview' })).toBeTruthy();
    await open(user, /After the interview: thanks and impressions/);
    expect(within(nav).getByRole('button', { current: true }).textContent).toContain('English');
    expect(preview().textContent).toContain('Dear Alex Smith,');
    expect(preview().textContent).toContain('Subject: Thank you for interviewing with Afterfollow Inc.');
  });

  it('updates the preview while the body is edited, and saves it as an edited built-in', async () => {
    const { db, user } = setup();
    await open(user, /After the interview: thanks and impressions/);
    await user.clear(body());
    await user.type(body(), typed('Hi {{candidateName}}, about {{position}}.'));
    expect(within(preview()).getByText((_, el) => el?.tagName === 'PRE' && el.textContent === 'Hi Alex Smith, about Backend Engineer.')).toBeTruthy();
    expect(preview().querySelector('pre mark[data-status="filled"]')?.textContent).toBe('Alex Smith');

    await user.click(save());
    await waitFor(() => expect(status().textContent).toBe('Template saved.'));
    const stored = await db.templates.get('builtin.after_interview.en');
    expect(stored).toMatchObject({ builtin: false, body: 'Hi {{candidateName}}, about {{position}}.' });
    expect(screen.getByRole('button', { current: true }).textContent).toContain('Edited');
  });

  it('shows an unknown variable next to the body and disables Save', async () => {
    const { user } = setup();
    await open(user, /^Answer to a question/);
    await user.type(body(), typed(' {{candidateNmae}}'));
    const errors = document.getElementById(body().getAttribute('aria-describedby')!)!;
    expect(errors.textContent).toContain('Unknown variable “{{candidateNmae}}”');
    expect(body().getAttribute('aria-invalid')).toBe('true');
    expect(save().disabled).toBe(true);
    expect(preview().querySelector('mark[data-status="unknown"]')?.textContent).toBe('{{candidateNmae}}');

    await user.clear(body());
    expect(screen.getByText('Write the body.')).toBeTruthy();
    expect(save().disabled).toBe(true);
  });

  it('inserts a variable at the caret of the body', async () => {
    const { user } = setup();
    await open(user, /^Answer to a question/);
    await user.clear(body());
    await user.type(body(), 'Hello , thanks.');
    body().setSelectionRange(6, 6);
    await user.click(screen.getByRole('button', { name: /Candidate name/ }));
    expect(body().value).toBe('Hello {{candidateName}}, thanks.');
    expect(document.activeElement).toBe(body());
    expect(body().selectionStart).toBe(6 + '{{candidateName}}'.length);
  });

  it('restores an edited built-in after confirmation', async () => {
    const db = openDb(`tpl-editor-seed-${counter++}`);
    const shipped = getBuiltinTemplate('gap_reminder', 'en');
    await saveTemplate(db, { ...shipped, body: 'Team wording for {{candidateName}}.' });
    dbs.push(db);
    const confirm = vi.fn(() => true);
    const user = userEvent.setup();
    render(<TemplateEditor repository={templateRepository(db)} download={vi.fn()} confirm={confirm} />);
    await open(user, new RegExp(shipped.title));
    expect(body().value).toBe('Team wording for {{candidateName}}.');
    await user.click(screen.getByRole('button', { name: 'Restore built-in' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining(shipped.title));
    await waitFor(() => expect(body().value).toBe(shipped.body));
    expect(status().textContent).toBe('Built-in text restored.');
    expect(await db.templates.count()).toBe(0);
  });

  it('names the bad field of a rejected import and imports nothing', async () => {
    const { db, user } = setup();
    await screen.findByRole('navigation');
    const bad = { format: 'afterfollow-templates', version: 1, exportedAt: '2026-01-01T00:00:00Z', templates: [{ id: 'x', moment: 'after_interview', language: 'en', title: 'T', builtin: false, updatedAt: '2026-01-01T00:00:00Z' }] };
    await user.upload(screen.getByLabelText('Import JSON'), new File([JSON.stringify(bad)], 'set.json', { type: 'application/json' }));
    await waitFor(() => expect(status().textContent).toBe('Nothing was imported: invalid content: templates[0].body: Required'));
    expect(await db.templates.count()).toBe(0);
  });

  it('imports a valid set, exports the team templates, and deletes a custom one', async () => {
    const { db, user, download } = setup();
    await screen.findByRole('navigation');
    const set = { format: 'afterfollow-templates', version: 1, exportedAt: '2026-01-01T00:00:00Z', templates: [{ id: 'custom.t1', moment: 'offer_follow_up', language: 'ja', title: 'チームの内定フォロー', body: '{{candidateName}}\n\nおめでとうございます。', builtin: false, updatedAt: '2026-01-01T00:00:00Z' }] };
    await user.upload(screen.getByLabelText('Import JSON'), new File([JSON.stringify(set)], 'set.json'));
    await waitFor(() => expect(status().textContent).toBe('Templates imported: 1 (1 new, 0 replaced).'));

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text, type] = download.mock.calls[0] as [string, string, string];
    expect(name).toMatch(/^afterfollow-templates-\d{4}-\d\d-\d\d\.json$/);
    expect(type).toBe('application/json');
    expect(JSON.parse(text).templates.map((t: { id: string }) => t.id)).toEqual(['custom.t1']);

    await open(user, /チームの内定フォロー/);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(status().textContent).toBe('Template deleted.'));
    expect((await listTemplates(db)).some((e) => e.template.id === 'custom.t1')).toBe(false);
  });

  it('asks before discarding unsaved changes', async () => {
    const { user, confirm } = setup({ confirm: false });
    await open(user, /^Answer to a question/);
    await user.type(body(), '!');
    await open(user, /Offer follow-up/);
    expect(confirm).toHaveBeenCalledWith('Discard your unsaved changes to this template?');
    expect(body().value.endsWith('!')).toBe(true);
  });

  it('speaks Japanese with the Japanese catalogue', async () => {
    setMessageSourceForTests((k) => (ja as Record<string, { message: string }>)[k]?.message ?? '');
    setup();
    expect(await screen.findByRole('heading', { name: 'フォローのテンプレート' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'テンプレートを保存' })).toBeTruthy();
    expect(screen.getByLabelText('本文')).toBeTruthy();
  });
});
