// The interview panel of a request scored independently, as this device sees it (PRODUCT §12):
// whose column is this person's own, their draft ratings, and which assessors are done. Read live
// from the database, so a colleague's "done" arriving by sync shows at once.
import type { Accessor } from 'solid-js';
import type { CompetencyRating, Request } from '../../core';
import { ownRatings } from '../../db/own-ratings';
import type { ShortlistDb } from '../../db/schema';
import { listSheetStatus } from '../../db/sheets';
import { assessorName } from '../../db/team';
import { createLive } from '../live';

export interface OwnPanel {
  /** This device's assessor: the one column they may edit. */
  me: string;
  /** Whether this assessor's interview ratings are done (shared, counting). */
  done: boolean;
  /** The assessors whose interview ratings are done. */
  doneBy: ReadonlySet<string>;
  /** This assessor's draft ratings by candidate id (empty once done). */
  drafts: ReadonlyMap<string, Readonly<Record<string, CompetencyRating>>>;
}

/**
 * Null when the panel is edited as before (the request is not scored independently, or this
 * device has no assessor name); undefined while it is being read.
 */
export function createOwnPanel(db: ShortlistDb, request: Accessor<Pick<Request, 'id' | 'independentScoring'>>): Accessor<OwnPanel | null | undefined> {
  const live = createLive(
    () => (request().independentScoring ? request().id : null),
    async (requestId): Promise<OwnPanel | null> => {
      if (requestId === null) return null;
      const me = await assessorName(db);
      if (!me) return null;
      const [statuses, drafts] = await Promise.all([listSheetStatus(db, requestId), ownRatings(db, requestId, me)]);
      const doneBy = new Set(statuses.filter((s) => s.panelDone).map((s) => s.assessor));
      return { me, done: doneBy.has(me), doneBy, drafts };
    },
  );
  // A request not scored independently needs no reading: it is shown as before, at once.
  return () => (request().independentScoring ? live() : null);
}
