// @vitest-environment node
// Issue 15 point 12: a team's priority rule is matched in linear-ish time, never by a backtracking regex.
import { positionMatches } from '../../lib/schedule/priority';

const ms = (f: () => void) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

describe('hostile priority patterns', () => {
  const hostile: [string, string][] = [
    ['many stars, no final match', `${'*a'.repeat(20)}*b`],
    ['stars and question marks', `${'*?'.repeat(50)}z`],
    ['nested-looking stars', `a${'**a'.repeat(30)}!`],
    ['the 200-character limit of stars and letters', `${'a*'.repeat(100)}`.slice(0, 199) + 'x'],
  ];
  it.each(hostile)('%s against a 200-character position answers in milliseconds', (_name, pattern) => {
    const position = 'a'.repeat(200);
    let result = true;
    expect(ms(() => (result = positionMatches(pattern, position)))).toBeLessThan(50);
    expect(result).toBe(false);
  });

  it('a 500-character position and a 200-character pattern of stars stays fast', () => {
    const pattern = '*'.repeat(100) + '?'.repeat(99) + 'b';
    expect(ms(() => positionMatches(pattern, 'a'.repeat(500)))).toBeLessThan(50);
  });

  it.each([
    ['*engineer', 'Senior Backend Engineer', true],
    ['senior*', 'Senior Backend Engineer', true],
    ['*back?nd*', 'Senior Backend Engineer', true],
    ['s*b*e', 'Senior Backend Engineer', false],
    ['s*b*r', 'Senior Backend Engineer', true],
    ['?', '営', true],
    ['??', '営', false],
    ['*', '', true],
    ['a*a', 'a', false],
    ['[*]', '[x]', true],
    ['(.*)', '(anything)', false],
    ['*.+*', 'C.+ dev', true],
  ])('%s on %s → %s (the meaning of * and ? is unchanged)', (pattern, position, expected) => {
    expect(positionMatches(pattern as string, position as string)).toBe(expected);
  });
});
