// Shapes shared by the CSV import and export: what an import returns and how errors are reported.
import type { CandidateField } from '../candidate';
import type { Candidate, InputError, KnockOutValue } from '../model';
import type { PlausibilityFlag } from '../plausibility';

export type { CandidateField };

export type Encoding = 'utf-8' | 'windows-1252';
export type Delimiter = ';' | ',' | '\t' | '|';

/** An error or warning of a CSV file. `line` is the 1-based physical line; 0 means the whole file. */
export interface CsvError extends InputError {
  line: number;
}


/** Where a column's values go. Ids are the request's knock-out and criterion ids. */
export type MappingTarget =
  | { kind: 'field'; field: CandidateField }
  | { kind: 'knockOut'; id: string }
  | { kind: 'score'; id: string }
  | { kind: 'note'; id: string };

/** The user's corrections: column index → target, or null to leave the column out. */
export type MappingOverride = Record<number, MappingTarget | null>;

export type ColumnStatus = 'mapped' | 'ignored' | 'duplicate' | 'empty-header';

/** What happened to one column of the file. Ignored columns are not stored (data minimisation). */
export interface ColumnMapping {
  index: number;
  header: string;
  status: ColumnStatus;
  /** The target when mapped; for a duplicate the target it lost to an earlier column. */
  target: MappingTarget | null;
  source: 'auto' | 'user';
  message?: string;
  /** What `message` says, as data, for a screen in another language. */
  note?: ColumnNote;
}

export type ColumnNote =
  | { code: 'switched-off' | 'no-header' | 'derived' | 'unmapped' | 'unknown-field' | 'not-on-request' }
  /** Not mapped, but its header looks like `target` ("Tarief excl. btw", "Eis 1"); not read until the user maps it. */
  | { code: 'look-alike'; target: MappingTarget }
  /** Its target is already taken by an earlier column (`column` is 1-based). */
  | { code: 'taken'; column: number; header?: string };

export interface CsvRow {
  line: number;
  candidate: Omit<Candidate, 'id'>;
  knockOuts: Record<string, KnockOutValue>;
  scores: Record<string, number | null>;
  /** Evidence notes per criterion id; only non-empty notes. */
  notes: Record<string, string>;
  /** Values that were read but are unlikely (a rate of € 1.250 per hour); shown, never refused. */
  flags?: ValueFlag[];
  /**
   * Set on a row of `partialRows` only: the optional cells that could not be read and are left
   * empty in this row ("20-24" as hours, "n.v.t." as a rate, an unreadable score).
   */
  emptied?: UnreadableCell[];
}

/** A plausibility flag of one cell: where it is, and which field it concerns. */
export interface ValueFlag extends CsvError {
  code: PlausibilityFlag['code'];
  column: string;
  field: PlausibilityFlag['field'];
  params: PlausibilityFlag['params'];
}

/** A cell of an optional value (rate, hours, knock-out, score) that could not be read. */
export interface UnreadableCell extends CsvError {
  column: string;
  target: MappingTarget;
}
