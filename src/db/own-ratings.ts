// The interview panel scored independently (PRODUCT §12, §3.12): until an assessor marks their
// interview ratings done, their ratings are drafts on their own sheets (`sheets.ratings`), which
// the team sync keeps on the device; the shared evaluation only learns that they are on the
// panel (an empty entry in `panel`), so nobody's competency counts as agreed without them.
// "Done" publishes the drafts into `evaluation.panel` (with their change log), where everything
// the core derives from the panel reads them, and the drafts are gone: stored once.
import type { CompetencyRating, MatrixEdit, Request, Result } from '../core';
import { applyEdits } from './repository';
import type { ScoreSheet, SheetStatus, ShortlistDb } from './schema';
import { hasDraftRatings } from './sheets';

const RATINGS: readonly string[] = ['onvoldoende', 'voldoende', 'goed'];

/**
 * Whose interview ratings stay private on this device for this request: the assessor, when the
 * request is scored independently and their interview ratings are not done; else null (the panel
 * is edited as before). Read inside the caller's transaction when it has one.
 */
export async function ownPanelOf(db: ShortlistDb, request: Pick<Request, 'id' | 'independentScoring'>, assessor: string | null | undefined): Promise<string | null> {
  if (!request.independentScoring || !assessor) return null;
  const status = await db.sheetStatus.get([request.id, assessor]);
  return status?.panelDone ? null : assessor;
}

/** The assessor's draft ratings on a request, by candidate id. */
export async function ownRatings(db: ShortlistDb, requestId: string, assessor: string): Promise<Map<string, Record<string, CompetencyRating>>> {
  const sheets = await db.sheets.where('[requestId+assessor]').equals([requestId, assessor]).toArray();
  return new Map(sheets.flatMap((s) => (s.ratings ? [[s.candidateId, s.ratings] as const] : [])));
}

/**
 * Sets (or, with null, clears) one of the assessor's own draft ratings. The first draft for a
 * candidate also puts the assessor on the panel of everyone invited, publicly but without
 * ratings. Calling it for a request whose panel is not private to this assessor is a mistake of
 * the caller, as is a competency the request does not have: both throw.
 */
export async function rateOwn(db: ShortlistDb, requestId: string, candidateId: string, assessor: string, competencyId: string, value: CompetencyRating | null, at = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', [db.requests, db.evaluations, db.sheets, db.sheetStatus], async () => {
    const request = await db.requests.get(requestId);
    if (!request || (await ownPanelOf(db, request, assessor)) !== assessor) throw new Error(`The panel of "${requestId}" is not private to "${assessor}".`);
    if (!request.competencies.some((c) => c.id === competencyId)) throw new Error(`Unknown competency "${competencyId}".`);
    if (value !== null && !RATINGS.includes(value)) throw new Error(`"${String(value)}" is no rating.`);
    const evaluation = await db.evaluations.get([requestId, candidateId]);
    if (!evaluation) throw new Error(`"${candidateId}" is not on "${requestId}".`);

    const sheet = await db.sheets.get([requestId, candidateId, assessor]);
    const ratings = { ...(sheet?.ratings ?? {}) };
    if (value === null) delete ratings[competencyId];
    else ratings[competencyId] = value;
    const scores = sheet?.scores ?? {};
    const { ratings: _old, ...rest } = sheet ?? { requestId, candidateId, assessor, scores, updatedAt: at };
    const next: ScoreSheet = { ...rest, updatedAt: at, ...(Object.keys(ratings).length ? { ratings } : {}) };
    // A sheet with neither scores nor ratings says nothing a missing one would not.
    if (Object.keys(scores).length === 0 && !next.ratings) await db.sheets.delete([requestId, candidateId, assessor]);
    else await db.sheets.put(next);

    if (evaluation.panel?.[assessor] === undefined) {
      const all = await db.evaluations.where('requestId').equals(requestId).toArray();
      const joining = all.filter((e) => e.candidateId === candidateId || (e.invitedAt && e.panel?.[assessor] === undefined));
      await db.evaluations.bulkPut(joining.map((e) => ({ ...e, panel: { ...(e.panel ?? {}), [assessor]: {} }, updatedAt: at })));
    }
    if (!(await db.sheetStatus.get([requestId, assessor]))) await db.sheetStatus.put({ requestId, assessor, done: false });
  });
}

/**
 * The assessor is done with their interview ratings: in one transaction their drafts become their
 * ratings on the shared panel (checked and logged like any panel rating), the drafts leave their
 * sheets, and their status says so. Drafts of people no longer on the request, or of competencies
 * the request no longer has, are dropped.
 */
export async function markPanelDone(db: ShortlistDb, requestId: string, assessor: string, at = new Date().toISOString()): Promise<Result<number>> {
  // applyEdits runs inside this transaction, and may make the device's id (settings) on its way.
  return db.transaction('rw', [db.requests, db.candidates, db.evaluations, db.changes, db.sheets, db.sheetStatus, db.settings], async () => {
    const request = await db.requests.get(requestId);
    const competencies = new Set(request?.competencies.map((c) => c.id) ?? []);
    const sheets = (await db.sheets.where('[requestId+assessor]').equals([requestId, assessor]).toArray()).filter(hasDraftRatings);
    const present = await db.evaluations.bulkGet(sheets.map((s): [string, string] => [requestId, s.candidateId]));
    const edits: MatrixEdit[] = sheets.flatMap((s, i) =>
      present[i] ? Object.entries(s.ratings ?? {}).filter(([id]) => competencies.has(id)).map(([competencyId, value]): MatrixEdit => ({ kind: 'panelRating', candidateId: s.candidateId, assessor, competencyId, value })) : [],
    );
    const published = edits.length ? await applyEdits(db, requestId, edits, at) : ({ ok: true, value: 0 } as const);
    if (!published.ok) return published;
    for (const sheet of sheets) {
      const { ratings: _shared, ...rest } = sheet;
      if (Object.keys(rest.scores).length === 0) await db.sheets.delete([requestId, sheet.candidateId, assessor]);
      else await db.sheets.put({ ...rest, updatedAt: at });
    }
    const status: SheetStatus = (await db.sheetStatus.get([requestId, assessor])) ?? { requestId, assessor, done: false };
    await db.sheetStatus.put({ ...status, panelDone: true, panelDoneAt: at });
    return published;
  });
}
