// Shapes shared by the CSV import and export: what an import returns and how errors are reported.
import type { CandidateField } from '../candidate';
import type { Candidate, InputError, KnockOutValue } from '../model';

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
  /** Its target is already taken by an earlier column (`column` is 1-based). */
  | { code: 'taken'; column: number; header?: string };

export interface CsvRow {
  line: number;
  candidate: Omit<Candidate, 'id'>;
  knockOuts: Record<string, KnockOutValue>;
  scores: Record<string, number | null>;
  /** Evidence notes per criterion id; only non-empty notes. */
  notes: Record<string, string>;
}
