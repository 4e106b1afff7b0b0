// @vitest-environment node
import { localDateFn } from '../../lib/metrics/local-date';
import { localDateOf } from '../../lib/schedule';

describe('localDateFn (cached offsets)', () => {
  it.each(['Asia/Tokyo', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe'])('agrees with localDateOf every 37 minutes for a year in %s', (tz) => {
    const fast = localDateFn(tz);
    const start = Date.UTC(2024, 0, 1);
    for (let ms = start; ms < start + 366 * 86_400_000; ms += 37 * 60_000) expect(fast(ms)).toBe(localDateOf(ms, tz));
  });
});
