// The signed-in user as last seen on each mail site. A pop-out read window shows no mailbox address:
// the address remembered from the main window tells whose mail is whose there too.
import { z } from 'zod';
import type { AfterfollowDb } from './database';

const userSchema = z.object({ name: z.string().max(500), email: z.string().max(500) });
type User = z.infer<typeof userSchema>;
const keyOf = (site: string) => `user:${site}`;

/** Remembers `seen` when the page showed an address; otherwise returns the one remembered for the site. */
export async function resolveUser(db: AfterfollowDb, site: 'gmail' | 'outlook', seen: User | null): Promise<User | null> {
  if (seen?.email) {
    const stored = userSchema.safeParse((await db.settings.get(keyOf(site)))?.value);
    if (!stored.success || stored.data.email !== seen.email || stored.data.name !== seen.name) await db.settings.put({ key: keyOf(site), value: seen });
    return seen;
  }
  const stored = userSchema.safeParse((await db.settings.get(keyOf(site)))?.value);
  return stored.success ? stored.data : seen;
}
