// Header → field mapping: Dutch and English synonyms, the request's own knock-outs and criteria
// (by id, our export codes, exact text, or a prefix of the text), and the user's corrections.
// Columns are addressed by index only, so headers like "__proto__" are ordinary ignored columns.
import { CANDIDATE_FIELDS, FIELD_LABELS, type CandidateField } from '../candidate';
import type { Request } from '../model';
import { parseCode, stripMaxSuffix } from './codes';
import { DERIVED_HEADER_WORDS } from './export-words';
import { lookAlike } from './look-alike';
import type { ColumnMapping, ColumnNote, CsvError, MappingOverride, MappingTarget } from './types';

export { FIELD_LABELS };

const SYNONYMS: Record<CandidateField, string[]> = {
  name: ['Naam', 'Name', 'Volledige naam', 'Kandidaat', 'Candidate', 'Naam kandidaat', 'Kandidaatnaam', 'Full name'],
  email: ['E-mail', 'Email', 'Mail', 'E-mailadres', 'Mailadres', 'E-mail address'],
  phone: ['Telefoon', 'Telefoonnummer', 'Tel', 'Tel.nr', 'Phone', 'Phone number', 'Mobiel', 'Mobiel nummer', 'Mobile', 'GSM'],
  hourlyRate: ['Uurtarief', 'Tarief', 'Rate', 'Hourly rate', 'Tarief per uur', 'Uurprijs'],
  hoursPerWeek: [
    'Uren per week', 'Uren', 'Beschikbaarheid', 'Hours', 'Hours per week', 'Beschikbaar (uur/week)', 'Uur per week',
    'Beschikbaar', 'Availability',
  ],
  supplier: ['Leverancier', 'Supplier', 'Bureau', 'Vendor'],
  education: ['Opleiding', 'Education', 'Opleidingsniveau', 'Niveau'],
};

/** Case, accents, whitespace and punctuation do not matter: "E-mail" = "email" = "E‑Mail ". */
export function normaliseHeader(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const BY_SYNONYM = new Map<string, CandidateField>();
for (const field of CANDIDATE_FIELDS) {
  for (const s of SYNONYMS[field]) BY_SYNONYM.set(normaliseHeader(s), field);
}

const MIN_PREFIX = 4;

/** Columns our export adds that are derived, never read back (and never prefix-matched), in either language. */
export const DERIVED_HEADERS = [...DERIVED_HEADER_WORDS.nl, ...DERIVED_HEADER_WORDS.en];
const DERIVED = new Set(DERIVED_HEADERS.map(normaliseHeader));

/** The target a header names by itself, without the user's corrections; null when none. */
export function guessTarget(header: string, request?: Request): MappingTarget | null {
  const raw = header.trim();
  if (raw === '') return null;
  const knockOuts = request?.knockOuts ?? [];
  const criteria = request?.criteria ?? [];

  const ko = knockOuts.find((k) => k.id === raw);
  if (ko) return { kind: 'knockOut', id: ko.id };
  const cr = criteria.find((c) => c.id === raw);
  if (cr) return { kind: 'score', id: cr.id };

  const code = parseCode(raw);
  if (code && request) {
    if (code.kind === 'note') {
      const c = criteria[code.position];
      if (c) return { kind: 'note', id: c.id };
    } else {
      const list = code.kind === 'knockOut' ? knockOuts : criteria;
      const at = list[code.position];
      const rest = normaliseHeader(code.rest);
      let item = at && (rest === '' || normaliseHeader(at.text).startsWith(rest)) ? at : undefined;
      // The request was reordered since the export: the text still says which item it is.
      if (!item && rest !== '') item = unique(list.filter((x) => normaliseHeader(x.text).startsWith(rest)));
      if (item) return { kind: code.kind, id: item.id };
    }
  }

  const text = normaliseHeader(stripMaxSuffix(raw));
  const exactKo = knockOuts.find((k) => normaliseHeader(k.text) === text);
  if (exactKo && text) return { kind: 'knockOut', id: exactKo.id };
  const exactCr = criteria.find((c) => normaliseHeader(c.text) === text);
  if (exactCr && text) return { kind: 'score', id: exactCr.id };

  const field = BY_SYNONYM.get(normaliseHeader(raw)) ?? BY_SYNONYM.get(normaliseHeader(raw.replace(/\([^)]*\)/g, '')));
  if (field) return { kind: 'field', field };

  if (text.length >= MIN_PREFIX && !DERIVED.has(text)) {
    const hits: MappingTarget[] = [
      ...knockOuts.filter((k) => normaliseHeader(k.text).startsWith(text)).map((k) => ({ kind: 'knockOut' as const, id: k.id })),
      ...criteria.filter((c) => normaliseHeader(c.text).startsWith(text)).map((c) => ({ kind: 'score' as const, id: c.id })),
    ];
    if (hits.length === 1) return hits[0] as MappingTarget;
  }
  return null;
}

/**
 * Decides what happens to every column. The user's corrections claim their targets first; then
 * each remaining column takes its guessed target unless an earlier column holds it already.
 */
export function mapColumns(
  headers: string[],
  request: Request | undefined,
  override: MappingOverride | undefined,
  headerLine: number,
): { columns: ColumnMapping[]; warnings: CsvError[] } {
  const warnings: CsvError[] = [];
  const columns = new Array<ColumnMapping>(headers.length);
  const claimed = new Map<string, number>();

  headers.forEach((header, index) => {
    if (!override || !Object.prototype.hasOwnProperty.call(override, String(index))) return;
    const target = override[index] ?? null;
    if (target === null) {
      columns[index] = { index, header, status: 'ignored', target: null, source: 'user', message: 'Door u uitgezet; niet opgeslagen.', note: { code: 'switched-off' } };
      return;
    }
    const problem = checkTarget(target, request);
    const taken = claimed.get(keyOf(target));
    if (problem || taken !== undefined) {
      const message = problem?.message ?? `${targetLabel(target, request)} is al gekoppeld aan kolom ${(taken ?? 0) + 1}.`;
      const note: ColumnNote = problem ? { code: problem.code } : { code: 'taken', column: (taken ?? 0) + 1 };
      columns[index] = { index, header, status: problem ? 'ignored' : 'duplicate', target, source: 'user', message, note };
      warnings.push({ code: 'invalid-mapping', line: headerLine, column: header, message: `Kolom "${header}": ${message}`, params: { index } });
      return;
    }
    claimed.set(keyOf(target), index);
    columns[index] = { index, header, status: 'mapped', target, source: 'user' };
  });

  headers.forEach((header, index) => {
    if (columns[index]) return;
    if (header.trim() === '') {
      columns[index] = { index, header, status: 'empty-header', target: null, source: 'auto', message: 'Kolom zonder kop; niet opgeslagen.', note: { code: 'no-header' } };
      return;
    }
    const target = guessTarget(header, request);
    if (!target && DERIVED.has(normaliseHeader(header))) {
      columns[index] = { index, header, status: 'ignored', target: null, source: 'auto', message: 'Wordt door Shortlist berekend; niet ingelezen.', note: { code: 'derived' } };
      return;
    }
    if (!target) {
      columns[index] = { index, header, status: 'ignored', target: null, source: 'auto', message: 'Niet gekoppeld; deze kolom wordt niet opgeslagen.', note: { code: 'unmapped' } };
      return;
    }
    const taken = claimed.get(keyOf(target));
    if (taken !== undefined) {
      const first = headers[taken] ?? '';
      const message = `${targetLabel(target, request)} staat al in kolom ${taken + 1} ("${first}"); deze kolom wordt niet ingelezen.`;
      columns[index] = { index, header, status: 'duplicate', target, source: 'auto', message, note: { code: 'taken', column: taken + 1, header: first } };
      warnings.push({ code: 'duplicate-column', line: headerLine, column: header, message: `Kolom ${index + 1} ("${header}"): ${message}`, params: { index } });
      return;
    }
    claimed.set(keyOf(target), index);
    columns[index] = { index, header, status: 'mapped', target, source: 'auto' };
  });

  // Once every column has its target: what the unmapped ones might be, each target suggested once.
  for (const column of columns) {
    if (column.note?.code !== 'unmapped') continue;
    const like = lookAlike(column.header, request, (t) => !claimed.has(keyOf(t)));
    if (!like) continue;
    claimed.set(keyOf(like), column.index);
    column.note = { code: 'look-alike', target: like };
    column.message = `Niet gekoppeld; lijkt op ${targetLabel(like, request)}. Kies dat hiernaast om deze kolom in te lezen.`;
  }
  return { columns, warnings };
}

/** A readable Dutch name for a target, e.g. `Uurtarief` or `criterium G2 "Kennis van BAG"`. */
export function targetLabel(target: MappingTarget, request?: Request): string {
  if (target.kind === 'field') return FIELD_LABELS[target.field];
  if (target.kind === 'knockOut') {
    const i = request?.knockOuts.findIndex((k) => k.id === target.id) ?? -1;
    return i >= 0 ? `knock-out K${i + 1}` : `knock-out "${target.id}"`;
  }
  const i = request?.criteria.findIndex((c) => c.id === target.id) ?? -1;
  const name = i >= 0 ? `criterium G${i + 1}` : `criterium "${target.id}"`;
  return target.kind === 'note' ? `de toelichting bij ${name}` : name;
}

function checkTarget(target: MappingTarget, request: Request | undefined): { code: 'unknown-field' | 'not-on-request'; message: string } | null {
  if (target.kind === 'field') return Object.prototype.hasOwnProperty.call(FIELD_LABELS, target.field) ? null : { code: 'unknown-field', message: 'onbekend veld.' };
  const list = target.kind === 'knockOut' ? request?.knockOuts : request?.criteria;
  return list?.some((x) => x.id === target.id) ? null : { code: 'not-on-request', message: 'deze aanvraag heeft dat criterium of die knock-out niet.' };
}

function keyOf(target: MappingTarget): string {
  return target.kind === 'field' ? `field:${target.field}` : `${target.kind}:${target.id}`;
}

function unique<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
