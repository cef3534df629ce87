// When this device last saved a backup: shown beside the storage state from the first screen on.
import type { ShortlistDb } from './schema';

/** When this device last saved a backup (ISO 8601), if ever. */
export async function lastBackupAt(db: ShortlistDb): Promise<string | undefined> {
  return (await db.settings.get('lastBackupAt'))?.value as string | undefined;
}
