// localDateOf asks Intl for every instant (~10 µs each): 100,000 calls would cost a second. A zone's
// offset changes at most twice a year, so it is looked up once per UTC day and reused for every
// instant of that day; only a day whose two ends differ (a DST switch) asks per instant.
import { localDateOf, zoneOffsetMs, type IsoDate } from '../schedule';

const DAY = 86_400_000;

export function localDateFn(timeZone: string): (epochMs: number) => IsoDate {
  const offsets = new Map<number, number | null>();
  const names = new Map<number, IsoDate>();
  return (ms) => {
    const day = Math.floor(ms / DAY);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const start = zoneOffsetMs(day * DAY, timeZone);
      offset = start === zoneOffsetMs(day * DAY + DAY - 1, timeZone) ? start : null;
      offsets.set(day, offset);
    }
    if (offset === null) return localDateOf(ms, timeZone);
    const local = Math.floor((ms + offset) / DAY);
    let name = names.get(local);
    if (name === undefined) names.set(local, (name = new Date(local * DAY).toISOString().slice(0, 10)));
    return name;
  };
}
