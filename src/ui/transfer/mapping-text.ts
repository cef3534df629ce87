// The Import tab's column mapping in the chosen language: where a column's values go and why a
// column is not read. The core says the same in Dutch (targetLabel, ColumnMapping.message); plain
// .ts so it is tested without a browser.
import type { CandidateField, ColumnMapping, MappingTarget, Request } from '../../core';
import { t } from '../i18n';
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
