// Turns what a consultant types or pastes into one cell into a checked edit; the message says what is accepted.
import { isNumericField, parseScore, readKnockOut, readNumber, type InputError, type MatrixEdit, type Request, type Result } from '../../core';
import { locale, type Locale } from '../i18n';
import type { ColumnKind } from './columns';

/**
 * Reads one typed or pasted cell for a column; the message says what is accepted. An ambiguous
 * "1,250" / "1.250" is read in the UI's language unless `language` says otherwise.
 */
export function interpretCell(request: Request, column: ColumnKind, candidateId: string, text: string, language: Locale = locale()): Result<MatrixEdit> {
  const value = text.trim();
  switch (column.kind) {
    case 'criterion': {
      const criterion = request.criteria.find((c) => c.id === column.id);
      if (!criterion) return refuse('unknown-criterion', `Onbekend criterium "${column.id}".`);
      const score = parseScore(criterion, value, language);
      return score.ok ? { ok: true, value: { kind: 'score', candidateId, criterionId: column.id, value: score.value } } : score;
    }
    case 'clientCriterion': {
      const criterion = (request.clientCriteria ?? []).find((c) => c.id === column.id);
      if (!criterion) return refuse('unknown-client-criterion', `Onbekend criterium van de opdrachtgever "${column.id}".`);
      const score = parseScore(criterion, value, language);
      return score.ok ? { ok: true, value: { kind: 'clientScore', candidateId, criterionId: column.id, value: score.value } } : score;
    }
    case 'knockOut': {
      const ko = readKnockOut(value);
      if (!ko.ok) return refuse(ko.code, ko.message, ko.params);
      return { ok: true, value: { kind: 'knockOut', candidateId, knockOutId: column.id, value: ko.value } };
    }
    case 'field': {
      if (isNumericField(column.field)) {
        if (value === '') return { ok: true, value: { kind: 'field', candidateId, field: column.field, value: undefined } };
        const n = readNumber(value, language);
        if (!n.ok) return refuse('not-a-number', n.error.message, n.error.params);
        return { ok: true, value: { kind: 'field', candidateId, field: column.field, value: n.value } };
      }
      if (column.field === 'name' && value === '') return refuse('name-required', 'Een kandidaat heeft een naam nodig.');
      return { ok: true, value: { kind: 'field', candidateId, field: column.field, value: value === '' ? undefined : value } };
    }
    case 'readonly':
      return refuse('read-only', 'Deze kolom wordt berekend en kan niet worden gewijzigd.');
  }
}

function refuse(code: string, message: string, params?: InputError['params']): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message, ...(params ? { params } : {}) }] };
}
