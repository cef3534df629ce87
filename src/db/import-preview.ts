// The import preview (PRODUCT §5): read the file, plan every row against the pool, and sum up what
// the Import tab shows. The worker runs it off the main thread; tests run the very same functions.
// The plan it returns is kept and is exactly what commitImport writes: nothing is matched again,
// and the user's choice for partial rows (choosePartial) is set on that same plan.
import {
  choosePartialRows,
  isPartial,
  parseCandidatesCsv,
  planImport,
  type ColumnMapping,
  type CsvError,
  type ImportPlan,
  type InputError,
  type MappingOverride,
  type PartialChoice,
  type PlannedRow,
  type Request,
  type ValueFlag,
} from '../core';
import { sha256Hex, type BatchMeta } from './imports';
import type { ShortlistDb } from './schema';

/** How many rows of each kind the preview lists (the counts are always complete). */
export const PREVIEW_SAMPLE = 200;
/** How many refusals and flags the preview lists (their totals are always complete). */
export const PREVIEW_LIST = 500;

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
  /** Rows whose only problems are unreadable optional cells, and the user's choice for them. */
  partial: ImportPlan['partial'];
  /** Every row or cell that blocks its row (parse errors and planning errors), at most PREVIEW_LIST. */
  errors: InputError[];
  errorTotal: number;
  warnings: CsvError[];
  /** Unlikely values (a rate of € 1.250 per hour) in rows that are or may be written, at most PREVIEW_LIST. */
  flags: ValueFlag[];
  flagTotal: number;
  /** The first rows of each kind, for the preview tables; partial rows apart from the others. */
  samples: { new: PlannedRow[]; update: PlannedRow[]; unchanged: PlannedRow[]; partial: PlannedRow[] };
  /** How many rows of each kind there are (the samples' totals); `counts` adds partial rows once they are imported. */
  rowTotals: { new: number; update: number; unchanged: number; partial: number };
}

export interface PreviewResult {
  summary: PreviewSummary;
  plan: ImportPlan;
  meta: BatchMeta;
}

export type PreviewPhase = 'parse' | 'plan';

export interface PreviewOptions {
  /** The user's corrections of the automatic column mapping. */
  mapping?: MappingOverride;
  /** The choice for partial rows made before (kept when the mapping changes); none by default. */
  partialRows?: PartialChoice | null;
  onPhase?: (phase: PreviewPhase) => void;
}

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
  options: PreviewOptions = {},
): Promise<PreviewResult> {
  const onPhase = options.onPhase ?? (() => {});
  const sha256 = await sha256Hex(bytes);
  onPhase('parse');
  const parsed = parseCandidatesCsv(bytes, request, { fileName, ...(options.mapping ? { mapping: options.mapping } : {}) });
  onPhase('plan');
  const [pool, evaluations] = await readPlanBasis(db, request.id);
  // Partial rows are planned with the others, in file order, so a person twice in the file is
  // caught whichever of the two rows is partial.
  const rows = parsed.partialRows.length === 0 ? parsed.rows : mergeByLine(parsed.rows, parsed.partialRows);
  const partialLines = new Set(parsed.partialRows.map((r) => r.line));
  const refusedRows = parsed.rejectedLines.length - partialLines.size;
  const plan = planImport(request, pool, evaluations, rows, refusedRows, options.partialRows ?? null);

  const blocking = partialLines.size === 0 ? parsed.errors : parsed.errors.filter((e) => !partialLines.has(e.line));
  const errors = [...blocking, ...plan.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const flags: ValueFlag[] = [];
  let flagTotal = 0;
  const samples: PreviewSummary['samples'] = { new: [], update: [], unchanged: [], partial: [] };
  const rowTotals: PreviewSummary['rowTotals'] = { new: 0, update: 0, unchanged: 0, partial: 0 };
  for (const row of plan.rows) {
    if (row.flags) {
      flagTotal += row.flags.length;
      for (const flag of row.flags) if (flags.length < PREVIEW_LIST) flags.push(flag);
    }
    const kind = isPartial(row) ? 'partial' : row.action;
    rowTotals[kind]++;
    if (samples[kind].length < PREVIEW_SAMPLE) samples[kind].push(row);
  }
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
    partial: plan.partial,
    errors: errors.slice(0, PREVIEW_LIST),
    errorTotal: errors.length,
    warnings: parsed.warnings.slice(0, 100),
    flags,
    flagTotal,
    samples,
    rowTotals,
  };
  return { summary, plan, meta: { fileName, size: bytes.byteLength, sha256 } };
}

/** The user's choice for the partial rows, set on the previewed plan itself (nothing is read again). */
export function choosePartial(result: PreviewResult, choice: PartialChoice): PreviewResult {
  const plan = choosePartialRows(result.plan, choice);
  return { ...result, plan, summary: { ...result.summary, counts: plan.counts, partial: plan.partial } };
}

function mergeByLine<T extends { line: number }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.line < y.line)) {
      out.push(x as T);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
