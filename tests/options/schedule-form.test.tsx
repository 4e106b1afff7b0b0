import { scheduleStore } from '../../lib/db/access';
// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScheduleForm } from '../../components/options/ScheduleForm';
import { getAlarmOptions, getScheduleSettings } from '../../lib/db/due-items';
import { freshDb } from '../helpers/db';

afterEach(cleanup);

describe('ScheduleForm', () => {
  it('saves working days, reaction hours and quiet hours; refuses an unknown time zone', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(<ScheduleForm store={scheduleStore(db)} />);
    const zone = await screen.findByLabelText(/Time zone/);
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/Not saved/)).textContent).toMatch(/time zone/);

    await user.clear(zone);
    await user.type(zone, 'America/New_York');
    await user.click(screen.getByRole('checkbox', { name: 'Sat' }));
    await user.clear(screen.getByLabelText(/decline hint within/));
    await user.type(screen.getByLabelText(/decline hint within/), '2');
    await user.click(screen.getByRole('checkbox', { name: 'No notifications during quiet hours' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');

    const schedule = await getScheduleSettings(db);
    expect(schedule.calendar.timeZone).toBe('America/New_York');
    expect(schedule.calendar.workingWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(schedule.declineReactionHours).toBe(2);
    expect((await getAlarmOptions(db)).quietHours).toBeNull();
  });
});
