// The messages between the Import tab and the import worker. Plain data only.
import type { ImportPlan, InputError, MappingOverride, PartialChoice, Request } from '../core';
import type { PreviewSummary } from '../db/import-preview';

export type { PreviewSummary };

export type ToWorker =
  // The file itself (a Blob is a handle, not a copy): the worker checks its size before reading it.
  | { type: 'preview'; dbName: string; file: Blob; fileName: string; request: Request; mapping?: MappingOverride; partialRows?: PartialChoice }
  // The user's choice for partial rows, set on the plan the worker keeps.
  | { type: 'choose'; partialRows: PartialChoice }
  | { type: 'commit' };

export type FromWorker =
  | { type: 'progress'; phase: 'read' | 'parse' | 'plan' | 'write'; fraction: number }
  | { type: 'preview'; summary: PreviewSummary }
  // The same preview after a choice for partial rows: new counts, nothing read again.
  | { type: 'chosen'; summary: PreviewSummary }
  /** `emptied`: rows imported with unreadable cells left empty. */
  | { type: 'committed'; counts: ImportPlan['counts']; batchId: string; emptied: number }
  | { type: 'failed'; errors: InputError[] };
