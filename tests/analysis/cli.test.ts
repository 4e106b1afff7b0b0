// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

describe('analyze CLI', () => {
  it('one output line per input line, malformed line reported and the rest processed', () => {
    const input = [
      JSON.stringify({ id: 'a', subject: 'Re: 面接', body: 'リモートは可能でしょうか。', from: { name: 'x', email: 'x@y.z' } }),
      '{"id": "broken", ',
      JSON.stringify({ id: 'c', subject: 'Re: Offer', body: 'I have decided to withdraw my application.', from: { name: 'x', email: 'x@y.z' } }),
    ].join('\n');
    const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'a', candidate: true, questions: [{ text: 'リモートは可能でしょうか。', start: 0, end: 13 }] });
    expect(Object.keys(out[0]!)).toEqual(['id', 'candidate', 'decline', 'questions', 'anxieties']);
    expect(out[1]).toMatchObject({ id: null });
    expect(String(out[1]!.error)).toContain('line 2');
    expect(out[2]).toMatchObject({ id: 'c', decline: { level: 'hard' } });
    expect(r.stderr).toContain('line 2');
  }, 60_000);
});
