// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dashboard } from '../../components/dashboard/Dashboard';

afterEach(cleanup);

describe('Dashboard tabs', () => {
  it('opens the Results and Data panels from their tabs', async () => {
    const user = userEvent.setup();
    render(<Dashboard download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    expect(await screen.findByRole('heading', { name: 'Contribution of field interviewers' })).toBeTruthy();
    expect(screen.getAllByText('Nothing in this period.').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('tab', { name: 'Data' }));
    expect(await screen.findByRole('button', { name: 'Export JSON' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });
});
