// The start's half of unsaved.ts: writes what the last page showed but could not write before it
// went away. An edit is written only when its record is older than the write's stamp — a record
// stamped at or after it holds that edit already, or something newer (another tab, a later edit).
import type { MatrixEdit } from '../core';
import { applyEdits } from './repository';
import type { ShortlistDb } from './schema';
import { dropUnsaved, readUnsaved, type UnsavedWrite } from './unsaved';

/** Writes the journal's edits that the database does not hold yet; returns how many it wrote. */
export async function replayUnsaved(db: ShortlistDb): Promise<number> {
  const writes = readUnsaved();
  let written = 0;
  for (const write of writes) {
    const edits = await stillUnwritten(db, write);
    if (edits.length) {
      const result = await applyEdits(db, write.requestId, edits, write.at, write.assessor);
      // Refused now (the person left the request, the request is gone): there is nothing to keep it for.
      if (result.ok) written += edits.length;
      else console.warn('unsaved edits refused', result.errors);
    }
  }
  dropUnsaved(writes.map((w) => w.id));
  return written;
}

async function stillUnwritten(db: ShortlistDb, write: UnsavedWrite): Promise<MatrixEdit[]> {
  const ids = [...new Set(write.edits.map((e) => e.candidateId))];
  const [candidates, evaluations, sheets] = await Promise.all([
    db.candidates.bulkGet(ids),
    db.evaluations.bulkGet(ids.map((id): [string, string] => [write.requestId, id])),
    write.assessor ? db.sheets.bulkGet(ids.map((id): [string, string, string] => [write.requestId, id, write.assessor as string])) : Promise.resolve([]),
  ]);
  const stamp = (list: ({ updatedAt: string } | undefined)[], id: string) => list[ids.indexOf(id)]?.updatedAt ?? '';
  return write.edits.filter((edit) => {
    if (edit.kind === 'field') return stamp(candidates, edit.candidateId) < write.at;
    // Scored independently, an assessor's own edits may have gone to their sheet instead.
    const newest = [stamp(evaluations, edit.candidateId), stamp(sheets, edit.candidateId)].sort().pop() ?? '';
    return newest < write.at;
  });
}
