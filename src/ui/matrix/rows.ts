// What the grid shows, derived from stored facts: one row per candidate and everyone's standing.
// An edit changes one person's facts; the model recomputes only that person's row and moves them
// in a LiveRanking, which names whose standing changed, so the grid refreshes only those of the
// rendered rows. Nothing here is stored: it is rebuilt from the facts when the tab opens.
import {
  LiveRanking,
  contenderOf,
  knockOutOutcomes,
  panelVerdict,
  type Candidate,
  type Contender,
  type Evaluation,
  type InterviewVerdict,
  type KnockOutOutcome,
  type RankingChange,
  type Request,
  type Standing,
} from '../../core';

/** One grid row: a person's facts and what follows from them alone (not from the others). */
export class MatrixRow {
  readonly id: string;
  #outcomes: Record<string, KnockOutOutcome> | undefined;
  #interview: InterviewVerdict | undefined;

  constructor(
    private readonly request: Request,
    readonly candidate: Candidate,
    readonly evaluation: Evaluation | undefined,
  ) {
    this.id = candidate.id;
  }

  /** Knock-out outcomes with their reasons, composed when a cell first shows them. */
  get outcomes(): Record<string, KnockOutOutcome> {
    return (this.#outcomes ??= knockOutOutcomes(this.request, this.candidate, this.evaluation));
  }

  get interview(): InterviewVerdict {
    // The panel's verdict (PRODUCT §3.12): agreed ratings, recorded or unanimous.
    return (this.#interview ??= panelVerdict(this.request, this.evaluation));
  }
}

/** What changed since the previous view: these ids, or everything (load, people added or removed). */
export type Revision = { all: true } | { all: false; ids: ReadonlySet<string> };

export interface MatrixView {
  /** In the order of the candidates given. */
  rows: readonly MatrixRow[];
  rowOf(candidateId: string): MatrixRow | undefined;
  standingOf(candidateId: string): Standing | undefined;
  /** Everyone's standing, ranked by rank, then the eliminated (PRODUCT §9); built when asked for. */
  standings(): Standing[];
  /** Rows that are new objects since the previous view. */
  changedRows: ReadonlySet<string> | 'all';
  /** People whose standing changed since the previous view (their own edit, or someone passing them). */
  changedStandings: ReadonlySet<string> | 'all';
  /** Among those, people whose status or tie on the cut-off changed (their row's colour). */
  changedStatuses: ReadonlySet<string> | 'all';
}

interface Entry {
  candidate: Candidate;
  evaluation: Evaluation | undefined;
  contender: Contender;
  row: MatrixRow;
  /** Place in the candidate order. */
  position: number;
}

type EvaluationOf = (candidateId: string) => Evaluation | undefined;

/**
 * The matrix's rows and ranking, kept up to date. A change to some people recomputes only their
 * rows and moves them in the ranking; anything else (first load, people added or removed, another
 * request) builds everything again, keeping the rows whose facts did not change.
 */
export class MatrixModel {
  #request: Request | undefined;
  #entries = new Map<string, Entry>();
  #rows: MatrixRow[] = [];
  #ranking: LiveRanking | undefined;

  update(request: Request, candidates: readonly Candidate[], evaluationOf: EvaluationOf, revision: Revision): MatrixView {
    const ranking = this.#ranking;
    if (!revision.all && ranking && request === this.#request && candidates.length === this.#rows.length) {
      const changed = this.#updateSome(request, candidates, evaluationOf, revision.ids, ranking);
      if (changed) return this.#view(ranking, { rows: revision.ids, standings: changed.standings, statuses: changed.statuses });
    }
    return this.#view(this.#rebuild(request, candidates, evaluationOf), { rows: 'all', standings: 'all', statuses: 'all' });
  }

  /** Returns what changed in the ranking, or null when the ids do not match the rows (then rebuild). */
  #updateSome(request: Request, candidates: readonly Candidate[], evaluationOf: EvaluationOf, ids: ReadonlySet<string>, ranking: LiveRanking): RankingChange | null {
    const fresh: Entry[] = [];
    for (const id of ids) {
      const old = this.#entries.get(id);
      const candidate = old && candidates[old.position];
      if (!old || !candidate || candidate.id !== id) return null;
      const evaluation = evaluationOf(id);
      fresh.push({ candidate, evaluation, contender: contenderOf(request, candidate, evaluation), row: new MatrixRow(request, candidate, evaluation), position: old.position });
    }
    const rows = this.#rows.slice();
    for (const entry of fresh) {
      this.#entries.set(entry.candidate.id, entry);
      rows[entry.position] = entry.row;
    }
    this.#rows = rows;
    return ranking.update(fresh.map((e) => e.contender));
  }

  #rebuild(request: Request, candidates: readonly Candidate[], evaluationOf: EvaluationOf): LiveRanking {
    // Other knock-outs, criteria or rules make every contender and row different.
    const previous = request === this.#request ? this.#entries : new Map<string, Entry>();
    const entries = new Map<string, Entry>();
    const rows: MatrixRow[] = [];
    const contenders: Contender[] = [];
    candidates.forEach((candidate, position) => {
      const evaluation = evaluationOf(candidate.id);
      const old = previous.get(candidate.id);
      const entry: Entry =
        old && old.candidate === candidate && old.evaluation === evaluation
          ? { ...old, position }
          : { candidate, evaluation, contender: contenderOf(request, candidate, evaluation), row: new MatrixRow(request, candidate, evaluation), position };
      entries.set(candidate.id, entry);
      rows.push(entry.row);
      contenders.push(entry.contender);
    });
    this.#request = request;
    this.#entries = entries;
    this.#rows = rows;
    this.#ranking = new LiveRanking(request, contenders);
    return this.#ranking;
  }

  #view(ranking: LiveRanking, changed: { rows: ReadonlySet<string> | 'all'; standings: ReadonlySet<string> | 'all'; statuses: ReadonlySet<string> | 'all' }): MatrixView {
    const entries = this.#entries;
    return {
      rows: this.#rows,
      rowOf: (id) => entries.get(id)?.row,
      standingOf: (id) => ranking.standingOf(id),
      standings: () => ranking.standings(),
      changedRows: changed.rows,
      changedStandings: changed.standings,
      changedStatuses: changed.statuses,
    };
  }
}

/** Orders rows by a fixed list of ids (the order at the last explicit sort); new ids go last. */
export function orderRows(rows: readonly MatrixRow[], order: readonly string[]): MatrixRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered: MatrixRow[] = [];
  for (const id of order) {
    const row = byId.get(id);
    if (row) {
      ordered.push(row);
      byId.delete(id);
    }
  }
  for (const row of rows) if (byId.has(row.id)) ordered.push(row);
  return ordered;
}

/**
 * The rows in display order, kept up to date: when only some rows changed and the order did not,
 * they are put in their places in a copy of the last list instead of ordering everyone again.
 */
export function createRowOrder(): (view: MatrixView, order: readonly string[]) => MatrixRow[] {
  let lastOrder: readonly string[] | undefined;
  let last: MatrixRow[] = [];
  let indexOf = new Map<string, number>();
  return (view, order) => {
    if (order !== lastOrder || view.changedRows === 'all') {
      last = orderRows(view.rows, order);
      indexOf = new Map(last.map((row, i) => [row.id, i]));
      lastOrder = order;
      return last;
    }
    const next = last.slice();
    for (const id of view.changedRows) {
      const at = indexOf.get(id);
      const row = view.rowOf(id);
      if (at !== undefined && row) next[at] = row;
    }
    last = next;
    return next;
  };
}
