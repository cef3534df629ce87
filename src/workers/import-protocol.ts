// The messages between the Import tab and the import worker. Plain data only.
import type { ColumnMapping, CsvError, ImportPlan, MappingOverride, PlannedRow, Request } from '../core';
import type { InputError } from '../core';

export type ToWorker =
  // The file itself (a Blob is a handle, not a copy): the worker checks its size before reading it.
  | { type: 'preview'; dbName: string; file: Blob; fileName: string; request: Request; mapping?: MappingOverride }
  | { type: 'commit' };

export interface PreviewSummary {
  fileName: string;
  size: number;
  sha256: string;
  encoding: string;
  delimiter: string;
  dataRows: number;
  columns: ColumnMapping[];
  headers: string[];
  counts: ImportPlan['counts'];
  /** Every refused row or cell (parse errors and planning errors), at most 500 listed. */
  errors: CsvError[] | InputError[];
  errorTotal: number;
  warnings: CsvError[];
  /** The first rows of each kind, for the preview table. */
  samples: { new: PlannedRow[]; update: PlannedRow[]; unchanged: PlannedRow[] };
}

export type FromWorker =
  | { type: 'progress'; phase: 'read' | 'parse' | 'plan' | 'write'; fraction: number }
  | { type: 'preview'; summary: PreviewSummary }
  | { type: 'committed'; counts: ImportPlan['counts']; batchId: string }
  | { type: 'failed'; errors: InputError[] };
