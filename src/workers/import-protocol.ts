// The messages between the Import tab and the import worker. Plain data only.
import type { ImportPlan, InputError, MappingOverride, Request } from '../core';
import type { PreviewSummary } from '../db/import-preview';

export type { PreviewSummary };

export type ToWorker =
  // The file itself (a Blob is a handle, not a copy): the worker checks its size before reading it.
  | { type: 'preview'; dbName: string; file: Blob; fileName: string; request: Request; mapping?: MappingOverride }
  | { type: 'commit' };

export type FromWorker =
  | { type: 'progress'; phase: 'read' | 'parse' | 'plan' | 'write'; fraction: number }
  | { type: 'preview'; summary: PreviewSummary }
  | { type: 'committed'; counts: ImportPlan['counts']; batchId: string }
  | { type: 'failed'; errors: InputError[] };
