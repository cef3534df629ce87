// A change-log entry in words (PRODUCT §4): what changed — "G2 Ervaring", "K3", "Uurtarief",
// "Anne: Zelfstandig" — and its old and new value as the screen shows values.
import type { ChangeRecord, ChangeValue, CompetencyRating, KnockOutValue, Request } from '../../core';
import { formatDate, formatMoney, formatNumber, t } from '../i18n';
import type { Dict } from '../i18n/nl';

const KNOCK_OUT: Record<KnockOutValue, keyof Dict> = { pass: 'changePass', fail: 'changeFail', unknown: 'changeUnknown' };
const RATING: Record<CompetencyRating, keyof Dict> = { onvoldoende: 'detailsOnvoldoende', voldoende: 'detailsVoldoende', goed: 'detailsGoed' };
const FIELD: Record<string, keyof Dict> = {
  name: 'fieldName', email: 'fieldEmail', phone: 'fieldPhone', hourlyRate: 'fieldRate', hoursPerWeek: 'fieldHours', supplier: 'fieldSupplier', education: 'fieldEducation',
};

/** What the change touched, named as the matrix names it. */
export function changeTarget(change: ChangeRecord, request: Request): string {
  const id = change.target ?? '';
  const at = <T extends { id: string }>(list: readonly T[]) => list.findIndex((x) => x.id === id);
  switch (change.kind) {
    case 'score':
    case 'note': {
      const i = at(request.criteria);
      const code = i >= 0 ? `G${i + 1}` : id;
      return change.kind === 'note' ? t('changeNoteOf', { code }) : code;
    }
    case 'clientScore': {
      const i = at(request.clientCriteria ?? []);
      return i >= 0 ? `C${i + 1}` : id;
    }
    case 'knockOut': {
      const i = at(request.knockOuts);
      return i >= 0 ? `K${i + 1}` : id;
    }
    case 'competency':
      return t('changeAgreed', { competency: request.competencies.find((c) => c.id === id)?.name ?? id });
    case 'panelRating': {
      const [assessor = '', competency = ''] = id.split('/');
      return `${assessor}: ${request.competencies.find((c) => c.id === competency)?.name ?? competency}`;
    }
    case 'field':
      return FIELD[id] ? t(FIELD[id]) : id;
    case 'invite':
      return t('changeInvitation');
    case 'award':
      return t('changeAward');
    case 'conflict':
      return t('changeConflict', { path: conflictField(id, request) });
    case 'restored':
      return t('changeRestored');
  }
}

/** A merged field's path ("scores.cr2", "knockOuts.ko1", "hourlyRate") as the matrix names it. */
export function conflictField(path: string, request: Request): string {
  const [head = '', id = ''] = path.split('.');
  const as = (kind: ChangeRecord['kind']) => changeTarget({ id: '', at: '', device: '', requestId: request.id, kind, target: id, old: null, new: null }, request);
  if (head === 'scores') return as('score');
  if (head === 'notes') return as('note');
  if (head === 'knockOuts') return as('knockOut');
  if (head === 'clientScores') return as('clientScore');
  if (head === 'competencies') return as('competency');
  const field = FIELD[head];
  if (id === '' && field) return t(field);
  return path;
}

/** The kind of change a merged field's value is worded as. */
function conflictKind(path: string): ChangeRecord['kind'] {
  const head = path.split('.')[0] ?? '';
  return head === 'knockOuts' ? 'knockOut' : head === 'competencies' ? 'competency' : head === 'hourlyRate' ? 'field' : 'score';
}

/** A value before or after, as the screen shows such values. */
export function changeValue(change: ChangeRecord, value: ChangeValue): string {
  if (change.kind === 'conflict') return changeValue({ ...change, kind: conflictKind(change.target ?? ''), target: (change.target ?? '').split('.').pop() ?? '' }, value);
  if (value === null || value === '') return t('changeEmpty');
  if (typeof value === 'object') return value.awarded.length ? t('changeAwardValue', { n: value.awarded.length, date: formatDate(value.decidedAt) }) : t('changeEmpty');
  if (change.kind === 'knockOut' && typeof value === 'string' && value in KNOCK_OUT) return t(KNOCK_OUT[value as KnockOutValue]);
  if ((change.kind === 'competency' || change.kind === 'panelRating') && typeof value === 'string' && value in RATING) return t(RATING[value as CompetencyRating]);
  if (change.kind === 'invite' && typeof value === 'string') return formatDate(value);
  if (typeof value === 'number') return change.kind === 'field' && change.target === 'hourlyRate' ? formatMoney(value) : formatNumber(value);
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
