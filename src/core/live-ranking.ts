// The ranking of PRODUCT §3.5–§3.7: competition ranks by total, the lower rate breaking ties,
// shortlist / reserve / eliminated, ties on the cut-off and the distance to it. This is the one
// implementation of those rules (rankCandidates builds one and reads it); the matrix keeps one
// alive and updates it one change at a time, because at 10 000 candidates ranking everyone again
// on each keystroke costs more than a frame. Moving a person is a binary search and a splice; one
// pass over the ranked list re-numbers ranks and finds whose standing changed. Standings are
// built only when asked for and stay the same object while nothing in them changed. Tests hold
// every update to a fresh ranking of the same facts.
import type { Request, Standing } from './model';
import { round2 } from './numbers';

/**
 * What ranking needs to know about one candidate on one request, computed from their facts alone.
 * Splitting this from the ranking lets a caller recompute it only for the candidate that changed.
 */
export interface Contender {
  candidateId: string;
  total: number;
  /** Every knock-out decided and every criterion scored. */
  complete: boolean;
  /** Ids of the failed knock-outs, in the request's order; any failure eliminates. */
  failed: string[];
  /** The hourly rate for the tie-break; null when missing (sorts after every known rate). */
  rate: number | null;
}

/** Lower rate first; a missing rate sorts after every known rate; two missing rates are equal. */
function compareRates(ra: number | null, rb: number | null): number {
  if (ra === null && rb === null) return 0;
  if (ra === null) return 1;
  if (rb === null) return -1;
  return ra - rb;
}

interface Slot {
  c: Contender;
  /** Place in the input order, which breaks remaining ties and orders the eliminated. */
  position: number;
  rank: number | null;
  /** Size of the group sharing this rank (1 when not tied; 0 when eliminated). */
  size: number;
  behind: number | null;
  standing: Standing | undefined;
}

/** Whose standing changed, and among them whose status (or tie at the cut-off) changed. */
export interface RankingChange {
  standings: Set<string>;
  statuses: Set<string>;
}

export class LiveRanking {
  readonly #request: Request;
  readonly #useRate: boolean;
  readonly #slots = new Map<string, Slot>();
  /** Not eliminated, in rank order. */
  readonly #ranked: Slot[] = [];
  /** Eliminated, in input order. */
  readonly #eliminated: Slot[] = [];

  /** Ranks contenders given in input order. */
  constructor(request: Request, contenders: readonly Contender[]) {
    this.#request = request;
    this.#useRate = request.tieBreak === 'lowest-rate';
    contenders.forEach((c, position) => {
      const slot: Slot = { c, position, rank: null, size: 0, behind: null, standing: undefined };
      this.#slots.set(c.candidateId, slot);
      (c.failed.length === 0 ? this.#ranked : this.#eliminated).push(slot);
    });
    this.#ranked.sort(this.#compare);
    this.#restand(new Set());
  }

  /**
   * Takes new facts for people already in the ranking (same people, same input order). Says whose
   * standing changed: the people given, and everyone whose rank, tie or distance to the cut-off
   * moved because of them; and, among those, whose status or tie at the cut-off changed.
   */
  update(changed: readonly Contender[]): RankingChange {
    const touched = new Set<string>();
    for (const c of changed) {
      const slot = this.#slots.get(c.candidateId);
      if (!slot) throw new Error(`LiveRanking.update: "${c.candidateId}" is not in the ranking`);
      this.#take(slot);
      slot.c = c;
      slot.standing = undefined;
      this.#put(slot);
      touched.add(c.candidateId);
    }
    return this.#restand(touched);
  }

  has(candidateId: string): boolean {
    return this.#slots.has(candidateId);
  }

  standingOf(candidateId: string): Standing | undefined {
    const slot = this.#slots.get(candidateId);
    return slot && (slot.standing ??= this.#standing(slot));
  }

  /** Everyone's standing: ranked by rank (ties in input order), then the eliminated in input order. */
  standings(): Standing[] {
    const all: Standing[] = [];
    for (const slot of this.#ranked) all.push((slot.standing ??= this.#standing(slot)));
    for (const slot of this.#eliminated) all.push((slot.standing ??= this.#standing(slot)));
    return all;
  }

  readonly #compare = (a: Slot, b: Slot): number =>
    b.c.total - a.c.total || (this.#useRate ? compareRates(a.c.rate, b.c.rate) : 0) || a.position - b.position;

  /** Takes a slot out of its list; must run before its contender changes (the search uses it). */
  #take(slot: Slot): void {
    const ranked = slot.c.failed.length === 0;
    const list = ranked ? this.#ranked : this.#eliminated;
    const at = ranked ? lowerBound(list, (s) => this.#compare(s, slot) < 0) : lowerBound(list, (s) => s.position < slot.position);
    if (list[at] !== slot) throw new Error('LiveRanking: lost track of a candidate');
    list.splice(at, 1);
  }

  #put(slot: Slot): void {
    if (slot.c.failed.length === 0) this.#ranked.splice(lowerBound(this.#ranked, (s) => this.#compare(s, slot) < 0), 0, slot);
    else this.#eliminated.splice(lowerBound(this.#eliminated, (s) => s.position < slot.position), 0, slot);
  }

  /**
   * Re-numbers ranks and groups in one pass; forgets the standings that changed and returns their
   * ids together with the touched ones (whose own facts changed).
   */
  #restand(touched: Set<string>): RankingChange {
    const changed = new Set(touched);
    const statuses = new Set<string>();
    const ranked = this.#ranked;
    const n = this.#request.shortlistSize;
    // What colours a row: its status, and whether it is tied on the cut-off.
    const statusOf = (rank: number | null, size: number) => (rank === null ? 'eliminated' : rank > n ? 'reserve' : rank + size - 1 > n ? 'tied on the cut-off' : 'shortlist');
    const cutoff = ranked.length >= n && n > 0 ? (ranked[n - 1] as Slot).c.total : null;
    const useRate = this.#useRate;
    for (let i = 0; i < ranked.length; ) {
      // The group sharing this rank: same total and, with the rate tie-break, the same rate.
      const { total, rate } = (ranked[i] as Slot).c;
      let j = i + 1;
      while (j < ranked.length && (ranked[j] as Slot).c.total === total && (!useRate || (ranked[j] as Slot).c.rate === rate)) j++;
      const rank = i + 1;
      for (let k = i; k < j; k++) {
        const slot = ranked[k] as Slot;
        const behind = rank > n && cutoff !== null ? round2(Math.max(0, cutoff - slot.c.total)) : null;
        if (slot.rank !== rank || slot.size !== j - i || slot.behind !== behind) {
          if (statusOf(slot.rank, slot.size) !== statusOf(rank, j - i)) statuses.add(slot.c.candidateId);
          slot.rank = rank;
          slot.size = j - i;
          slot.behind = behind;
          slot.standing = undefined;
          changed.add(slot.c.candidateId);
        }
      }
      i = j;
    }
    for (const slot of this.#eliminated) {
      if (slot.rank === null && slot.size === 0) continue;
      statuses.add(slot.c.candidateId);
      slot.rank = null;
      slot.size = 0;
      slot.behind = null;
      slot.standing = undefined;
      changed.add(slot.c.candidateId);
    }
    return { standings: changed, statuses };
  }

  #standing(slot: Slot): Standing {
    const { c, rank, size } = slot;
    if (rank === null) {
      return { candidateId: c.candidateId, total: c.total, complete: c.complete, rank: null, status: 'eliminated', failedKnockOuts: c.failed, tied: false, tieAtCutoff: false, pointsBehindCutoff: null };
    }
    const n = this.#request.shortlistSize;
    const onShortlist = rank <= n;
    return {
      candidateId: c.candidateId,
      total: c.total,
      complete: c.complete,
      rank,
      status: onShortlist ? 'shortlist' : 'reserve',
      failedKnockOuts: [],
      tied: size > 1,
      tieAtCutoff: onShortlist && rank + size - 1 > n,
      pointsBehindCutoff: slot.behind,
    };
  }
}

/** The first index whose item is not `before` the sought one (binary search over a sorted list). */
function lowerBound<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
