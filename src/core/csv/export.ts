// exportCsv (PRODUCT §6): the ranked shortlist or the full matrix as CSV text, in the Dutch Excel
// dialect or RFC 4180, with its headers and words in Dutch or English, and every text cell
// neutralised against formula injection.
import type { Candidate, Evaluation, Request, Standing } from '../model';
import { knockOutOutcomes, rankCandidates } from '../ranking';
import { round2 } from '../numbers';
import { criterionHeader, knockOutHeader, noteHeader } from './codes';
import { EXPORT_WORDS, type ExportLanguage, type ExportWords } from './export-words';
import { neutralise } from './neutralise';
import { amsterdamDay } from '../calendar';

export type ExportKind = 'shortlist' | 'matrix';
export type ExportDialect = 'excel-nl' | 'rfc4180';

export type { ExportLanguage };

export interface ExportOptions {
  kind: ExportKind;
  dialect: ExportDialect;
  /** The language of the headers and of the words in cells (status, ja/nee, remarks); Dutch by default. */
  language?: ExportLanguage;
}

/** A cell before formatting: text is neutralised and quoted, numbers follow the dialect. */
export type Cell = string | number | null;

interface DialectRules {
  delimiter: string;
  decimal: string;
  bom: string;
}

// Both dialects end records with CRLF: Excel expects it, and RFC 4180 §2.1 prescribes it.
const NEWLINE = '\r\n';
const DIALECTS: Record<ExportDialect, DialectRules> = {
  'excel-nl': { delimiter: ';', decimal: ',', bom: '\uFEFF' },
  rfc4180: { delimiter: ',', decimal: '.', bom: '' },
};

/** The CSV text of a shortlist or full matrix. The Excel dialect starts with a BOM. */
export function exportCsv(request: Request, candidates: Candidate[], evaluations: Evaluation[], options: ExportOptions): string {
  const rules = DIALECTS[options.dialect];
  const w = EXPORT_WORDS[options.language ?? 'nl'];
  const f = w.fields;
  const standings = rankCandidates(request, candidates, evaluations);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const evaluationOf = new Map<string, Evaluation>();
  for (const e of evaluations) if (e.requestId === request.id) evaluationOf.set(e.candidateId, e);
  const points = (n: number) => formatNumber(n, rules.decimal);
  const scoreOf = (e: Evaluation | undefined, id: string): number | null => {
    const s = e ? own(e.scores, id) : undefined;
    return typeof s === 'number' && Number.isFinite(s) ? s : null;
  };

  const rows: Cell[][] = [];
  if (options.kind === 'shortlist') {
    rows.push([
      w.rank, w.status, f.name, f.email, f.phone, f.supplier, f.hourlyRate, f.hoursPerWeek, w.total,
      ...request.criteria.map((c, i) => criterionHeader(i, c, points(c.maxPoints))),
      w.behind, w.remark,
    ]);
    for (const s of standings) {
      const c = byId.get(s.candidateId);
      if (!c || s.status === 'eliminated') continue;
      const e = evaluationOf.get(c.id);
      rows.push([
        s.rank, w.statuses[s.status], c.name, c.email ?? null, c.phone ?? null, c.supplier ?? null,
        c.hourlyRate ?? null, c.hoursPerWeek ?? null, s.total,
        ...request.criteria.map((cr) => scoreOf(e, cr.id)),
        s.pointsBehindCutoff, remark(s, w),
      ]);
    }
  } else {
    rows.push([
      w.rank, w.status, f.name, f.email, f.phone, f.supplier, f.education, f.hourlyRate, f.hoursPerWeek,
      ...request.knockOuts.map((k, i) => knockOutHeader(i, k)),
      ...request.criteria.flatMap((c, i) => [criterionHeader(i, c, points(c.maxPoints)), noteHeader(i, w.note)]),
      w.total, w.complete, w.behind, w.failedOn, w.remark,
    ]);
    for (const s of standings) {
      const c = byId.get(s.candidateId);
      if (!c) continue;
      const e = evaluationOf.get(c.id);
      const outcomes = knockOutOutcomes(request, c, e);
      const failed = s.failedKnockOuts.map((id) => `K${request.knockOuts.findIndex((k) => k.id === id) + 1}`);
      rows.push([
        s.rank, w.statuses[s.status], c.name, c.email ?? null, c.phone ?? null, c.supplier ?? null,
        c.education ?? null, c.hourlyRate ?? null, c.hoursPerWeek ?? null,
        ...request.knockOuts.map((k) => w.knockOuts[outcomes[k.id]?.value ?? 'unknown']),
        ...request.criteria.flatMap((cr) => [scoreOf(e, cr.id), (e?.notes && own(e.notes, cr.id)) || null]),
        s.total, s.complete ? w.yes : w.no, s.pointsBehindCutoff, failed.join(', ') || null, remark(s, w),
      ]);
    }
  }
  return rules.bom + rows.map((row) => row.map((cell) => formatCell(cell, rules)).join(rules.delimiter) + NEWLINE).join('');
}

/**
 * Any table as CSV in a dialect, every text cell neutralised (the outcome letters use it). A cell
 * is text, a number in the dialect's notation, or empty.
 */
export function writeCsv(rows: readonly Cell[][], dialect: ExportDialect): string {
  const rules = DIALECTS[dialect];
  return rules.bom + rows.map((row) => row.map((cell) => formatCell(cell, rules)).join(rules.delimiter) + NEWLINE).join('');
}

/** "uitslagen-25924-2026-11-22.csv": a stem in the file's language, the request number, the Amsterdam date. */
export function csvFileName(stem: string, request: Request, date: Date, fallback = 'aanvraag'): string {
  const number = (request.number ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return `${stem}-${number || fallback}-${amsterdamDay(date)}.csv`;
}

/** "shortlist-25924-2026-11-22.csv": kind, request number (or "aanvraag" / "request"), date in Amsterdam. */
export function exportFileName(request: Request, kind: ExportKind, date: Date, language: ExportLanguage = 'nl'): string {
  return csvFileName(kind, request, date, EXPORT_WORDS[language].noNumber);
}

/** One cell as CSV: numbers in the dialect's notation; text neutralised, then quoted if needed. */
export function formatCell(cell: Cell, rules: { delimiter: string; decimal: string }): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? formatNumber(cell, rules.decimal) : '';
  const text = neutralise(cell);
  const mustQuote =
    text !== cell || text.includes(rules.delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatNumber(n: number, decimal: string): string {
  const rounded = round2(n);
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0$/, '');
  return decimal === '.' ? text : text.replace('.', decimal);
}

function remark(s: Standing, w: ExportWords): string | null {
  const parts: string[] = [];
  if (!s.complete) parts.push(w.provisional);
  if (s.tieAtCutoff) parts.push(w.tieAtCutoff);
  else if (s.tied) parts.push(w.tied);
  return parts.length ? parts.join('; ') : null;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
