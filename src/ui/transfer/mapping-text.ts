// The Import tab's column mapping in the chosen language: where a column's values go and why a
// column is not read. The core says the same in Dutch (targetLabel, ColumnMapping.message); plain
// .ts so it is tested without a browser.
import type { CandidateField, ColumnMapping, InputError, MappingTarget, Request } from '../../core';
import { t } from '../i18n';
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

/** What an import row changes on a known person: "aanvraag", field names, K2, G3, "G3 toelichting". */
export function changeText(change: string): string {
  if (change === 'aanvraag') return t('changeRequest');
  if (change in FIELD) return t(FIELD[change as CandidateField]);
  const note = /^(G\d+) toelichting$/.exec(change);
  return note ? t('changeNote', { code: note[1] ?? '' }) : change;
}
