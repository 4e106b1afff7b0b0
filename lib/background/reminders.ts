// The follow-up clock in the background: the badge counts overdue follow-ups; one alarm per due item
// (deterministic names, so a service-worker restart re-plans without duplicates); a notification when
// one falls due, whose click opens the candidate's thread.
import { browser } from 'wxt/browser';
import type { AfterfollowDb } from '../db/database';
import { getAlarmOptions, loadDueItems } from '../db/due-items';
import { purgeExpired } from '../db/maintenance';
import { ALARM_PREFIX, overdueCount, parseAlarmName, planAlarms } from '../schedule/alarm-plan';
import { t } from '../platform/i18n';
import { isMailThreadUrl } from '../thread-url';

export const TICK_ALARM = 'afterfollow:tick';

export async function refreshReminders(db: AfterfollowDb, now = Date.now()): Promise<{ overdue: number; alarms: number }> {
  const due = await loadDueItems(db, now);
  const overdue = overdueCount(due, now);
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor?.({ color: '#b91c1c' });
  const plan = planAlarms(due, await getAlarmOptions(db), now);
  const wanted = new Set(plan.map((p) => p.name));
  const existing = await browser.alarms.getAll();
  await Promise.all(existing.filter((a) => a.name.startsWith(ALARM_PREFIX) && !wanted.has(a.name)).map((a) => browser.alarms.clear(a.name)));
  const byName = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  for (const p of plan) if (byName.get(p.name) !== p.when) await browser.alarms.create(p.name, { when: p.when });
  if (!byName.has(TICK_ALARM)) await browser.alarms.create(TICK_ALARM, { periodInMinutes: 15 });
  return { overdue, alarms: plan.length };
}

/**
 * Which thread a notification opens: the candidate's most recently seen one. Checked again here,
 * at click time: a row written by an older release or straight into IndexedDB may hold any scheme.
 */
async function threadUrlFor(db: AfterfollowDb, candidateId: string): Promise<string | null> {
  const threads = await db.threads.where('candidateId').equals(candidateId).toArray();
  const latest = threads.sort((a, b) => b.lastSeenAt - a.lastSeenAt).find((th) => isMailThreadUrl(th.url));
  return latest?.url ?? null;
}

export async function onAlarm(db: AfterfollowDb, name: string, now = Date.now()): Promise<void> {
  if (name === TICK_ALARM) {
    // The retention period is enforced on the same tick: a browser left open for weeks still forgets.
    await purgeExpired(db, now);
    await refreshReminders(db, now);
    return;
  }
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const item = (await loadDueItems(db, now)).find((d) => d.kind === parsed.kind && d.refId === parsed.refId && !d.done);
  if (item) {
    const candidate = await db.candidates.get(item.candidateId);
    await browser.notifications.create(name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(`due_${item.kind}`),
      message: candidate ? candidate.name : '',
      // Firefox rejects the whole notification when it has buttons ("Property "buttons" is unsupported by
      // Firefox"): there the snooze stays in the sidebar and the dashboard.
      ...(!import.meta.env.FIREFOX && { buttons: [{ title: t('snoozeHour') }] }),
    });
  }
  await refreshReminders(db, now);
}

export async function onNotificationClick(db: AfterfollowDb, name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  const item = parsed ? (await loadDueItems(db, Date.now())).find((d) => d.kind === parsed.kind && d.refId === parsed.refId) : undefined;
  const url = item ? await threadUrlFor(db, item.candidateId) : null;
  await browser.tabs.create({ url: url ?? browser.runtime.getURL('/dashboard.html') });
  await browser.notifications.clear(name);
}
