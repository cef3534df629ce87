// Small remembered choices kept in the settings table: the column mapping a consultant chose for
// a CSV layout, and when this device last saved a backup.
import { normaliseHeader, type MappingOverride } from '../core';
import type { ShortlistDb } from './schema';

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

/** When this device last saved a backup (ISO 8601), if ever. */
export async function lastBackupAt(db: ShortlistDb): Promise<string | undefined> {
  return (await db.settings.get('lastBackupAt'))?.value as string | undefined;
}
