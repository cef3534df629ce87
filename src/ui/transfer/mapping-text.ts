// The Import tab's words in the chosen language: where a column's values go, why a column is not
// read, what a row holds and what an update changes. The core says the same in Dutch (targetLabel,
// ColumnMapping.message) and gives the rest as data; plain .ts so it is tested without a browser.
import type { CandidateField, ColumnMapping, InputError, KnockOutValue, MappingTarget, Request, RowChange } from '../../core';
import { formatMoney, formatNumber, t } from '../i18n';
import { errorText } from '../i18n/errors';
import type { Dict } from '../i18n/nl';

const FIELD: Record<CandidateField, keyof Dict> = {
  name: 'fieldName',
  email: 'fieldEmail',
  phone: 'fieldPhone',
  hourlyRate: 'fieldRate',
  hoursPerWeek: 'fieldHours',
  supplier: 'fieldSupplier',
  education: 'fieldEducation',
};

/** "Uurtarief", "knock-out K2", "criterium G3", "de toelichting bij criterium G3". */
export function targetText(target: MappingTarget, request: Request): string {
  if (target.kind === 'field') return t(FIELD[target.field]);
  if (target.kind === 'knockOut') {
    const i = request.knockOuts.findIndex((k) => k.id === target.id);
    return t('targetKnockOutCode', { code: i >= 0 ? `K${i + 1}` : `"${target.id}"` });
  }
  const i = request.criteria.findIndex((c) => c.id === target.id);
  const criterion = t('targetCriterionCode', { code: i >= 0 ? `G${i + 1}` : `"${target.id}"` });
  return target.kind === 'note' ? t('targetNoteOn', { criterion }) : criterion;
}

/** Why a column is not read (or is read elsewhere), or '' when nothing needs saying. */
export function columnNote(column: ColumnMapping, request: Request): string {
  const note = column.note;
  if (!note) return column.message ?? '';
  switch (note.code) {
    case 'switched-off':
      return t('noteSwitchedOff');
    case 'no-header':
      return t('noteNoHeader');
    case 'derived':
      return t('noteDerived');
    case 'unmapped':
      return t('noteUnmapped');
    case 'unknown-field':
      return t('noteUnknownField');
    case 'not-on-request':
      return t('noteNotOnRequest');
    case 'look-alike':
      return t('noteLookAlike', { target: targetText(note.target, request) });
    case 'taken': {
      if (!column.target) return column.message ?? '';
      const target = targetText(column.target, request);
      return note.header === undefined
        ? t('noteTakenByYou', { target, column: note.column })
        : t('noteTaken', { target, column: note.column, header: note.header });
    }
  }
}

/** A warning about the mapping words the column's note; any other warning is a refusal's text. */
export function warningText(warning: InputError, columns: readonly ColumnMapping[], request: Request): string {
  const index = warning.params?.['index'];
  const column = typeof index === 'number' ? columns.find((c) => c.index === index) : undefined;
  if (!column || (warning.code !== 'invalid-mapping' && warning.code !== 'duplicate-column')) return errorText(warning);
  const note = columnNote(column, request);
  return warning.code === 'invalid-mapping'
    ? t('warnColumnNamed', { header: column.header, note })
    : t('warnColumnNumbered', { column: column.index + 1, header: column.header, note });
}

/** A candidate field's value as the preview shows it: money for the rate, "32 uur" for hours. */
export function fieldValue(field: CandidateField, value: string | number): string {
  if (typeof value === 'string') return value;
  if (field === 'hourlyRate') return formatMoney(value);
  if (field === 'hoursPerWeek') return t('importHoursValue', { hours: formatNumber(value) });
  return formatNumber(value);
}

const KNOCK_OUT: Record<KnockOutValue, keyof Dict> = { pass: 'importKoPass', fail: 'importKoFail', unknown: 'importKoUnknown' };

export function knockOutText(value: KnockOutValue): string {
  return t(KNOCK_OUT[value]);
}

/** A note in a table cell: its start, on one line. */
export function noteValue(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `"${flat.slice(0, 59)}…"` : `"${flat}"`;
}

/** What an update changes, e.g. "Uurtarief: € 70,00 → € 72,50", "criterium G3: (leeg) → 36". */
export function changeText(change: RowChange, request: Request): string {
  if (change.kind === 'request') return t('changeRequest');
  const empty = t('changeEmpty');
  switch (change.kind) {
    case 'field':
      return t('changeFromTo', { label: t(FIELD[change.field]), from: change.from === null ? empty : fieldValue(change.field, change.from), to: fieldValue(change.field, change.to) });
    case 'knockOut':
      return t('changeFromTo', { label: targetText({ kind: 'knockOut', id: change.id }, request), from: knockOutText(change.from), to: knockOutText(change.to) });
    case 'score':
      return t('changeFromTo', { label: targetText({ kind: 'score', id: change.id }, request), from: change.from === null ? empty : formatNumber(change.from), to: formatNumber(change.to) });
    case 'note':
      return t('changeFromTo', { label: targetText({ kind: 'note', id: change.id }, request), from: change.from === null ? empty : noteValue(change.from), to: noteValue(change.to) });
  }
}
