// The data-access layer of extension pages (dashboard, options): the only place that holds the
// database handle for them. Components call these functions; they never see the handle or a table.
// (The sidebar frame cannot open the database at all: the background reads for it.)
import type { AfterfollowDb } from './database';
import { getDb } from './database';
import { getAlarmOptions, getScheduleSettings, setQuietHours, setScheduleSettings } from './due-items';
import { setSurveyAnswered, updateItem } from './edits';
import { exportBackup, exportCsv, importBackup, importBackupText, planImport } from './export-import';
import { getPriorityRules, loadBoard, loadPrepSheet, setPriorityRules } from './follow-up-board';
import { countExpired, deleteCandidate, deleteCandidateKeepingSnapshot, purgeExpired, restoreCandidate } from './maintenance';
import { loadMetricsRows } from './metrics-source';
import { candidateSearch, countItems, iterateItems, listOwners, queryItems } from './queries';
import { getSettings } from './settings';
import { loadThreadLinks } from './thread-links';
import { templateRepository } from './templates';
import { countTeamDocs, loadTeam, loadTeamBoard, loadTeamOfCandidate } from './team';
import type { AlarmOptions } from '../schedule/alarm-plan';
import type { ScheduleSettings } from '../schedule/due';

type Bound<F> = F extends (db: AfterfollowDb, ...args: infer A) => infer R ? (...args: A) => R : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bind = <F extends (db: AfterfollowDb, ...args: any[]) => unknown>(fn: F): Bound<F> => ((...args: unknown[]) => fn(getDb(), ...args)) as Bound<F>;

export const queryLogPage = bind(queryItems);
export const countLogItems = bind(countItems);
export const listLogOwners = bind(listOwners);
export const iterateLogItems = bind(iterateItems);
export const recentCandidates = (limit: number, search?: string) => {
  const match = candidateSearch(search);
  const newest = getDb().candidates.orderBy('updatedAt').reverse();
  return (match ? newest.filter(match) : newest).limit(limit).toArray();
};
export const allCandidates = () => getDb().candidates.toArray();
export const removeCandidate = bind(deleteCandidate);
/** Deletes a candidate and returns what an "Undo" needs to put them back. */
export const removeCandidateUndoable = bind(deleteCandidateKeepingSnapshot);
export const undoRemoveCandidate = bind(restoreCandidate);
export const readSettings = bind(getSettings);
export const readThreadLinks = bind(loadThreadLinks);
export const readMetricsRows = bind(loadMetricsRows);
export const markSurveyAnswered = bind(setSurveyAnswered);
export const changeItem = bind(updateItem);
export const backupExport = bind(exportBackup);
export const backupImport = bind(importBackupText);
export const planBackupImport = bind(planImport);
export const applyBackupImport = bind(importBackup);
export const countExpiredRows = bind(countExpired);
export const purgeExpiredRows = bind(purgeExpired);
export const csvExport = bind(exportCsv);
export const readPriorityRules = bind(getPriorityRules);
export const savePriorityRules = bind(setPriorityRules);
export const readPrepSheet = bind(loadPrepSheet);
export const readBoard = bind(loadBoard);
export const templates = () => templateRepository(getDb());
/** Team sync (issue 18): the teammates' documents beside this browser's log. */
export const readTeam = bind(loadTeam);
export const readTeamOfCandidate = bind(loadTeamOfCandidate);
export const countTeamRows = bind(countTeamDocs);
export const readTeamBoard = bind(loadTeamBoard);

/** The follow-up clock's settings, as the options form reads and saves them. */
export interface ScheduleStore {
  load(): Promise<{ schedule: ScheduleSettings; alarms: AlarmOptions }>;
  save(schedule: ScheduleSettings, quiet: AlarmOptions['quietHours']): Promise<{ schedule: ScheduleSettings; alarms: AlarmOptions }>;
}

export function scheduleStore(db: AfterfollowDb = getDb()): ScheduleStore {
  const load = async () => ({ schedule: await getScheduleSettings(db), alarms: await getAlarmOptions(db) });
  return {
    load,
    async save(schedule, quiet) {
      const saved = await setScheduleSettings(db, schedule);
      await setQuietHours(db, quiet, saved.calendar.timeZone);
      return { schedule: saved, alarms: await getAlarmOptions(db) };
    },
  };
}
