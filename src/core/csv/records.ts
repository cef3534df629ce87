// Splits CSV text into records with PapaParse (delimiter and line break given, never guessed,
// no dynamicTyping) and remembers on which physical lines each record starts and ends.
import Papa from 'papaparse';
import type { Dialect } from './dialect';

export interface CsvRecord {
  /** 1-based physical line where the record starts (a removed "sep=" line counted). */
  line: number;
  /** Physical line where it ends; more than `line` when a quoted cell holds line breaks. */
  lastLine: number;
  cells: string[];
  quoteError?: 'unterminated' | 'malformed';
}

export interface RecordsRead {
  records: CsvRecord[];
  /** True when reading stopped because the file has more than `maxRecords` records. */
  truncated: boolean;
}

/** Reads the non-empty records of the text (lines of only spaces or delimiters are skipped). */
export function readRecords(dialect: Dialect, maxRecords: number): RecordsRead {
  const text = dialect.body;
  const records: CsvRecord[] = [];
  let truncated = false;
  let start = 0;
  const counter = lineCounter(text, 1 + dialect.lineOffset);

  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(result, parser) {
      const cells = result.data;
      const end = result.meta.cursor;
      const from = start;
      start = end;
      if (cells.every((c) => c.trim() === '')) return;
      if (records.length >= maxRecords) {
        truncated = true;
        parser.abort();
        return;
      }
      const line = counter(from);
      const lastLine = counter(contentEnd(text, from, end));
      const record: CsvRecord = { line, lastLine, cells };
      // A stray quote ("Jan" de Vries) is the cause when Papa reports both kinds.
      const codes = result.errors.map((e) => e.code);
      if (codes.includes('InvalidQuotes')) record.quoteError = 'malformed';
      else if (codes.includes('MissingQuotes')) record.quoteError = 'unterminated';
      records.push(record);
    },
  });
  return { records, truncated };
}

/** The position just before the line break that ends a record (records may end without one). */
function contentEnd(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && (text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  return i;
}

/**
 * Returns a function giving the physical line of a position; positions must not decrease.
 * "\r\n", "\n" and a lone "\r" each end one line, as editors count them.
 */
function lineCounter(text: string, firstLine: number): (position: number) => number {
  let pos = 0;
  let line = firstLine;
  return (position: number) => {
    for (; pos < position; pos++) {
      const ch = text.charCodeAt(pos);
      if (ch === 10) line++;
      else if (ch === 13 && text.charCodeAt(pos + 1) !== 10) line++;
    }
    return line;
  };
}
