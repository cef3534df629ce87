// Which browser profile this is: a random id made once and kept in the settings, so the change
// log can say on which device a change was made (a laptop and a desktop of one consultant differ).
import type { ShortlistDb } from './schema';

const KEY = 'deviceId';
const known = new WeakMap<ShortlistDb, Promise<string>>();

export function deviceId(db: ShortlistDb): Promise<string> {
  let id = known.get(db);
  if (!id) {
    id = db.transaction('rw', db.settings, async () => {
      const stored = (await db.settings.get(KEY))?.value;
      if (typeof stored === 'string') return stored;
      const made = crypto.randomUUID();
      await db.settings.put({ key: KEY, value: made });
      return made;
    });
    // A failed read (a full disk on first use) is tried again next time rather than remembered.
    id.catch(() => known.delete(db));
    known.set(db, id);
  }
  return id;
}
