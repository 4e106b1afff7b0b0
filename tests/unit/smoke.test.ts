import { personSchema } from '../../lib/sites/types';
it('parses a person', () => {
  expect(personSchema.parse({ name: 'a', email: 'b' }).name).toBe('a');
  expect(() => personSchema.parse({ name: 1 })).toThrow();
});
