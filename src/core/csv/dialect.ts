// Finds the delimiter of a CSV ourselves: PapaParse's guess picks "," on ";" files whose values
// hold decimal commas. Excel's "sep=;" hint on the first line wins and is removed.
import type { Delimiter } from './types';

export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t', '|'];

export interface Dialect {
  delimiter: Delimiter;
  /** The line break of the file ("\r\n", "\n" or "\r"), as found outside quotes. */
  newline: '\r\n' | '\n' | '\r';
  /** The text without a "sep=" line. */
  body: string;
  /** Physical lines removed from the top (1 when a "sep=" line was honoured). */
  lineOffset: number;
  /** How the delimiter was chosen. */
  source: 'sep-line' | 'detected' | 'default';
}

const SEP_LINE = /^"?sep=([;,\t|])"?[;,\t|]*(\r\n|\n|\r|$)/i;
const SAMPLE_RECORDS = 20;

/** Detects delimiter and line break from the header line and the first records. */
export function detectDialect(text: string): Dialect {
  const sep = SEP_LINE.exec(text);
  if (sep) {
    const body = text.slice(sep[0].length);
    return { delimiter: sep[1] as Delimiter, newline: newlineOf(body), body, lineOffset: 1, source: 'sep-line' };
  }
  const records = sampleRecords(text, SAMPLE_RECORDS);
  const header = records[0];
  let best: { delimiter: Delimiter; consistency: number; columns: number } | null = null;
  if (header) {
    const rows = records.slice(1);
    for (const delimiter of DELIMITERS) {
      const columns = (header.get(delimiter) ?? 0) + 1;
      if (columns < 2) continue;
      const consistent = rows.filter((r) => (r.get(delimiter) ?? 0) + 1 === columns).length;
      const consistency = rows.length === 0 ? 1 : consistent / rows.length;
      // Ties keep the earlier delimiter of DELIMITERS: ";" first, as Dutch Excel writes it.
      if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
        best = { delimiter, consistency, columns };
      }
    }
  }
  return {
    delimiter: best?.delimiter ?? ';',
    newline: newlineOf(text),
    body: text,
    lineOffset: 0,
    source: best ? 'detected' : 'default',
  };
}

/** Counts each delimiter outside quotes for the first non-empty records of the text. */
function sampleRecords(text: string, limit: number): Map<string, number>[] {
  const records: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let inQuotes = false;
  let content = false;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
      content = true;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (content) records.push(counts);
      counts = new Map();
      content = false;
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    } else if (ch !== ' ') {
      content = true;
    }
  }
  if (content && records.length < limit) records.push(counts);
  return records;
}

/** The first line break outside quotes; "\r\n" when the file has a single line. */
export function newlineOf(text: string): '\r\n' | '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!inQuotes && ch === '\n') return '\n';
  }
  return '\r\n';
}
