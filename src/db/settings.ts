// Small remembered choices kept in the settings table: the column mapping a consultant chose for
// a CSV layout, and when this device last saved a backup.
import { normaliseHeader, type MappingOverride } from '../core';
import type { ShortlistDb } from './schema';

// Read by the first screen, so it lives apart from the mappings (which need the CSV header rules).
export { lastBackupAt } from './last-backup';

function mappingKey(requestId: string, headers: string[]): string {
  return `csvMapping:${requestId}:${headers.map(normaliseHeader).join('|')}`;
}

/** Remembers the mapping chosen for files with these headers on this request. */
export async function rememberMapping(db: ShortlistDb, requestId: string, headers: string[], mapping: MappingOverride): Promise<void> {
  await db.settings.put({ key: mappingKey(requestId, headers), value: mapping });
}

/** The mapping chosen earlier for files with these headers on this request, if any. */
export async function rememberedMapping(db: ShortlistDb, requestId: string, headers: string[]): Promise<MappingOverride | undefined> {
  return (await db.settings.get(mappingKey(requestId, headers)))?.value as MappingOverride | undefined;
}
