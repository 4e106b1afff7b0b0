// A step counter for the linear-time tests: inner loops add to it, tests compare the
// count at size n and 2n. Counting work instead of timing keeps those tests stable on
// busy CI machines. The cost is one integer add per loop step.
export const work = { steps: 0 };

export function resetWork(): void {
  work.steps = 0;
}
