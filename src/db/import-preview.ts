// The import preview (PRODUCT §5): read the file, plan every row against the pool, and sum up what
// the Import tab shows. The worker runs it off the main thread; tests run the very same function.
// The plan it returns is kept and is exactly what commitImport writes: nothing is matched again.
import { parseCandidatesCsv, planImport, type ColumnMapping, type CsvError, type ImportPlan, type InputError, type MappingOverride, type PlannedRow, type Request } from '../core';
import { sha256Hex, type BatchMeta } from './imports';
import type { ShortlistDb } from './schema';

/** How many rows of each kind the preview lists (the counts are always complete). */
export const PREVIEW_SAMPLE = 200;

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

export interface PreviewResult {
  summary: PreviewSummary;
  plan: ImportPlan;
  meta: BatchMeta;
}

export type PreviewPhase = 'parse' | 'plan';

/** Reads the pool and this request's evaluations once, in one read transaction. */
export async function readPlanBasis(db: ShortlistDb, requestId: string) {
  return db.transaction('r', db.candidates, db.evaluations, () =>
    Promise.all([db.candidates.toArray(), db.evaluations.where('requestId').equals(requestId).toArray()]),
  );
}

export async function previewImport(
  db: ShortlistDb,
  request: Request,
  bytes: Uint8Array,
  fileName: string,
  mapping?: MappingOverride,
  onPhase: (phase: PreviewPhase) => void = () => {},
): Promise<PreviewResult> {
  const sha256 = await sha256Hex(bytes);
  onPhase('parse');
  const parsed = parseCandidatesCsv(bytes, request, { fileName, ...(mapping ? { mapping } : {}) });
  onPhase('plan');
  const [pool, evaluations] = await readPlanBasis(db, request.id);
  const plan = planImport(request, pool, evaluations, parsed.rows, parsed.errors.length);
  const errors = [...parsed.errors, ...plan.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const summary: PreviewSummary = {
    fileName,
    size: bytes.byteLength,
    sha256,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    dataRows: parsed.dataRows,
    columns: parsed.columns,
    headers: parsed.headers,
    counts: plan.counts,
    errors: errors.slice(0, 500),
    errorTotal: errors.length,
    warnings: parsed.warnings.slice(0, 100),
    samples: {
      new: plan.rows.filter((r) => r.action === 'new').slice(0, PREVIEW_SAMPLE),
      update: plan.rows.filter((r) => r.action === 'update').slice(0, PREVIEW_SAMPLE),
      unchanged: plan.rows.filter((r) => r.action === 'unchanged').slice(0, PREVIEW_SAMPLE),
    },
  };
  return { summary, plan, meta: { fileName, size: bytes.byteLength, sha256 } };
}
