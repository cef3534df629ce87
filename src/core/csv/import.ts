// parseCandidatesCsv (PRODUCT §5, §9): bytes or text in, candidate rows and precise Dutch errors
// out. Nothing is written here; rows with an error are listed in `errors`, never dropped silently.
import { evaluateRule } from '../knockouts';
import { LIMITS, checkLength } from '../limits';
import type { Candidate, KnockOutValue, Request } from '../model';
import { plausibilityFlags } from '../plausibility';
import { readHours, readKnockOut, readRate, readScore, type CellResult } from './cells';
import { checkText, decodeBytes, MAX_BYTES, MAX_ROWS } from './decode';
import { detectDialect } from './dialect';
import { FIELD_LABELS, mapColumns } from './headers';
import { unneutralise } from './neutralise';
import { readRecords, type CsvRecord } from './records';
import type { ColumnMapping, CsvError, CsvRow, Delimiter, Encoding, MappingOverride, MappingTarget, UnreadableCell, ValueFlag } from './types';

export interface ImportOptions {
  /** The user's corrections of the automatic mapping, by column index (0-based). */
  mapping?: MappingOverride;
  fileName?: string;
  /** Limits; defaults are MAX_BYTES and MAX_ROWS (tests use smaller ones). */
  maxBytes?: number;
  maxRows?: number;
}

export interface CsvImportResult {
  /** Rows without errors, in file order. */
  rows: CsvRow[];
  /**
   * Rows refused only because optional cells could not be read ("20-24" as hours, "n.v.t." as a
   * rate, an unreadable score or knock-out value): the same row with those cells left empty, listed
   * in `emptied`. Their errors are in `errors` too, so a caller that ignores this list refuses them.
   * Whether they are imported so is the user's choice in the preview (import-plan.ts).
   */
  partialRows: CsvRow[];
  /** File errors (line 0 = the whole file) and cell/row errors; a row with an error is not in `rows`. */
  errors: CsvError[];
  /** Things the user should know that do not refuse a row (duplicate columns, padded short rows). */
  warnings: CsvError[];
  delimiter: Delimiter;
  encoding: Encoding;
  columns: ColumnMapping[];
  headers: string[];
  headerLine: number | null;
  /** Lines of data rows that were refused, ascending. */
  rejectedLines: number[];
  /** Data rows read (accepted + refused). */
  dataRows: number;
  fileName?: string;
}

type CandidateData = Omit<Candidate, 'id'>;

export function parseCandidatesCsv(
  input: string | Uint8Array,
  request?: Request,
  options: ImportOptions = {},
): CsvImportResult {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const maxRows = options.maxRows ?? MAX_ROWS;
  const result: CsvImportResult = {
    rows: [],
    partialRows: [],
    errors: [],
    warnings: [],
    delimiter: ';',
    encoding: 'utf-8',
    columns: [],
    headers: [],
    headerLine: null,
    rejectedLines: [],
    dataRows: 0,
  };
  if (options.fileName !== undefined) result.fileName = options.fileName;
  const fileError = (code: string, message: string, line = 0, params?: CsvError['params']) => {
    result.errors.push({ code, message, line, ...(params ? { params } : {}) });
    return result;
  };

  const decoded = typeof input === 'string' ? checkText(input, maxBytes) : decodeBytes(input, maxBytes);
  if (!decoded.ok) {
    result.errors.push(decoded.error);
    return result;
  }
  result.encoding = decoded.encoding;
  const dialect = detectDialect(decoded.text);
  result.delimiter = dialect.delimiter;
  if (dialect.body.trim() === '') return fileError('empty-file', 'Het bestand is leeg: er staan geen kolomkoppen en geen kandidaten in.');

  const { records, truncated } = readRecords(dialect, maxRows + 1);
  if (truncated) {
    return fileError(
      'too-many-rows',
      `Het bestand heeft meer dan ${maxRows.toLocaleString('nl-NL')} rijen en wordt niet ingelezen. Splits het bestand op.`,
      0,
      { max: maxRows },
    );
  }
  const [header, ...data] = records;
  if (!header) return fileError('empty-file', 'Het bestand is leeg: er staan geen kolomkoppen en geen kandidaten in.');
  result.headerLine = header.line;
  if (header.quoteError) {
    return fileError('bad-header', `Regel ${header.line}: de kopregel heeft een aanhalingsteken dat niet klopt; de kolommen zijn niet te lezen.`, header.line, { line: header.line });
  }
  const headers = header.cells.map((h) => unneutralise(h.trim()));
  result.headers = headers;
  const mapped = mapColumns(headers, request, options.mapping, header.line);
  result.columns = mapped.columns;
  result.warnings.push(...mapped.warnings);

  const nameColumn = mapped.columns.find((c) => c.status === 'mapped' && c.target?.kind === 'field' && c.target.field === 'name');
  if (!nameColumn) {
    const found = headers.map((h) => `"${h}"`).join(', ');
    return fileError(
      'no-name-column',
      `Geen kolom voor de naam gevonden (kolommen: ${found}). Noem een kolom "Naam" (of "Name", "Kandidaat") of koppel er zelf een aan Naam.`,
      header.line,
      { found },
    );
  }
  if (data.length === 0) {
    return fileError('no-rows', `Het bestand bevat alleen de kopregel (regel ${header.line}) en geen kandidaten.`, header.line, { line: header.line });
  }

  result.dataRows = data.length;
  for (const record of data) {
    const rowErrors = readRow(record, headers, mapped.columns, request, result);
    if (rowErrors.length > 0) {
      result.errors.push(...rowErrors);
      result.rejectedLines.push(record.line);
    }
  }
  return result;
}

/** Reads one data record into `result.rows`, or returns its errors. */
function readRow(
  record: CsvRecord,
  headers: string[],
  columns: ColumnMapping[],
  request: Request | undefined,
  result: CsvImportResult,
): CsvError[] {
  const { line } = record;
  const lines = record.lastLine > line ? `regels ${line}–${record.lastLine}` : `regel ${line}`;
  if (record.quoteError === 'unterminated') {
    return [{
      code: 'unterminated-quote',
      line,
      params: { line, last: record.lastLine },
      message: `Regel ${line}: een aanhalingsteken (") wordt nooit gesloten, waardoor ${lines} als één cel gelezen zouden worden. Deze regels zijn niet ingelezen; sluit het aanhalingsteken en importeer opnieuw.`,
    }];
  }
  if (record.quoteError === 'malformed') {
    return [{
      code: 'malformed-quote',
      line,
      params: { line, last: record.lastLine },
      message: `Regel ${line}: een aanhalingsteken (") staat op een onverwachte plaats; ${record.lastLine > line ? `${lines} zijn` : 'deze regel is'} daarom niet ingelezen. Zet een cel met " helemaal tussen aanhalingstekens en verdubbel de " erin.`,
    }];
  }
  const cells = record.cells;
  if (cells.length > headers.length) {
    const extra = cells.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      return [{
        code: 'too-many-cells',
        line,
        params: { line, cells: cells.length, columns: headers.length },
        message: `Regel ${line} heeft ${cells.length} cellen, maar de kopregel maar ${headers.length} kolommen; deze rij is niet ingelezen. Staat er een scheidingsteken in een cel zonder aanhalingstekens?`,
      }];
    }
  } else if (cells.length < headers.length) {
    // Tools that trim trailing empty cells are common; the missing cells are read as empty.
    result.warnings.push({
      code: 'too-few-cells',
      line,
      params: { line, cells: cells.length, columns: headers.length },
      message: `Regel ${line} heeft ${cells.length} van de ${headers.length} kolommen; de ontbrekende cellen zijn als leeg gelezen.`,
    });
  }

  const errors: CsvError[] = [];
  // The unreadable cells of optional values, beside `errors` (which holds them too).
  const unreadable: UnreadableCell[] = [];
  const candidate: CandidateData = { name: '' };
  const knockOuts = new Map<string, KnockOutValue>();
  const scores = new Map<string, number | null>();
  const notes = new Map<string, string>();
  const cellError = (column: ColumnMapping, code: string, message: string, params?: CsvError['params']): CsvError => {
    const error: CsvError = { code, line, column: column.header, message: `Regel ${line}, kolom "${column.header}": ${message}`, ...(params ? { params } : {}) };
    errors.push(error);
    return error;
  };
  const take = <T>(column: ColumnMapping, target: MappingTarget, read: CellResult<T>, use: (value: T) => void) => {
    if (read.ok) use(read.value);
    else {
      const error = cellError(column, read.code, read.message, read.params);
      // Only what cannot be read at all may be left empty; a value read but out of range (a score
      // of 45 out of 30, 200 hours a week) is a mistake to correct, not a blank to accept.
      if (read.code === 'not-a-number' || read.code === 'invalid-knockout-value') unreadable.push({ ...error, column: column.header, target });
    }
  };

  for (const column of columns) {
    const target = column.target;
    if (column.status !== 'mapped' || !target) continue;
    const raw = unneutralise(cells[column.index] ?? '');
    if (target.kind === 'field') {
      const field = target.field;
      if (field === 'hourlyRate') take(column, target, readRate(raw), (v) => v !== undefined && (candidate.hourlyRate = v));
      else if (field === 'hoursPerWeek') take(column, target, readHours(raw), (v) => v !== undefined && (candidate.hoursPerWeek = v));
      else if (raw.trim() !== '') {
        const tooLong = checkLength(raw.trim(), field === 'name' ? LIMITS.name : LIMITS.text, field, FIELD_LABELS[field]);
        if (tooLong) cellError(column, tooLong.code, tooLong.message, tooLong.params);
        else candidate[field] = raw.trim();
      }
    } else if (target.kind === 'knockOut') {
      take(column, target, readKnockOut(raw), (v) => knockOuts.set(target.id, v));
    } else if (target.kind === 'score') {
      const criterion = request?.criteria.find((c) => c.id === target.id);
      if (criterion) take(column, target, readScore(criterion, raw), (v) => scores.set(target.id, v));
    } else if (raw.trim() !== '') {
      const tooLong = checkLength(raw, LIMITS.note, 'note', 'De toelichting');
      if (tooLong) cellError(column, tooLong.code, tooLong.message, tooLong.params);
      else notes.set(target.id, raw);
    }
  }
  const nameHeader = columns.find((c) => c.target?.kind === 'field' && c.target.field === 'name')?.header ?? FIELD_LABELS.name;
  // A name refused for its length has been said already; it is not also "missing".
  if (candidate.name === '' && !errors.some((e) => e.column === nameHeader)) {
    errors.push({
      code: 'missing-name',
      line,
      column: nameHeader,
      message: `Regel ${line}, kolom "${nameHeader}": de naam ontbreekt; elke kandidaat heeft een naam nodig.`,
    });
  }
  const partial = errors.length > 0 && unreadable.length === errors.length;
  if (errors.length > 0 && !partial) return errors;

  for (const knockOut of request?.knockOuts ?? []) {
    const value = knockOuts.get(knockOut.id);
    if (!knockOut.rule || value === undefined) continue;
    const byRule = evaluateRule(knockOut.rule, { id: '', ...candidate });
    // The rule decides this knock-out from the row's own data: storing its verdict, or an
    // "unknown" that leaves the decision to it, adds nothing.
    if (value === byRule.value || value === 'unknown') knockOuts.delete(knockOut.id);
    else if (value === 'pass' && byRule.value === 'fail') {
      knockOuts.delete(knockOut.id);
      const column = columns.find((c) => c.target?.kind === 'knockOut' && c.target.id === knockOut.id);
      result.warnings.push({
        code: 'rule-contradicts',
        line,
        column: column?.header ?? knockOut.id,
        params: { ignored: 'pass', rule: knockOut.rule.kind, limit: byRule.basis?.limit ?? 0, value: byRule.basis?.value ?? '' },
        message: `Regel ${line}, kolom "${column?.header ?? knockOut.id}": "voldaan" genegeerd, want ${byRule.reason}.`,
      });
    }
  }
  const row: CsvRow = {
    line,
    candidate,
    knockOuts: Object.fromEntries(knockOuts),
    scores: Object.fromEntries(scores),
    notes: Object.fromEntries(notes),
  };
  const flags = plausibilityFlags(candidate).map((flag): ValueFlag => {
    const header = columns.find((c) => c.status === 'mapped' && c.target?.kind === 'field' && c.target.field === flag.field)?.header ?? FIELD_LABELS[flag.field];
    return { ...flag, line, column: header, message: `Regel ${line}, kolom "${header}": ${flag.message}` };
  });
  if (flags.length > 0) row.flags = flags;
  if (partial) {
    row.emptied = unreadable;
    result.partialRows.push(row);
    return errors;
  }
  result.rows.push(row);
  return [];
}
