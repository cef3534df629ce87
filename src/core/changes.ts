// The change log (PRODUCT §4): every change of a score, knock-out value, rating or decision, with
// when, where and by whom, and the value before and after. During an objection period it shows who
// decided what; in team mode it keeps the value a conflict did not choose. Nothing is derived from
// it: the records hold the facts, the log their history.
import { inverseEdit, type MatrixEdit } from './edits';
import type { Award, Candidate, Evaluation } from './model';

/**
 * 'conflict': two devices changed the same field while apart; `old` holds the value that did not win.
 * 'restored': the request was deleted on a device (`target`, at the time in `old`) while a person on
 * it was still being scored on another; the score won, so the request came back as it last stood.
 */
export type ChangeKind = MatrixEdit['kind'] | 'award' | 'conflict' | 'restored';

export interface ChangeRecord {
  id: string;
  /** ISO 8601. */
  at: string;
  /** The browser profile that made it (a random id kept in its settings). */
  device: string;
  /** Who made it: the team member signed in, or for a panel rating the assessor. */
  assessor?: string;
  requestId: string;
  /** Absent for a change of the request itself (the award). */
  candidateId?: string;
  kind: ChangeKind;
  /** What was changed: a criterion, knock-out or competency id, a field name, "assessor/competency". */
  target?: string;
  old: ChangeValue;
  new: ChangeValue;
}

/** A value before or after: plain data (an award is kept whole). */
export type ChangeValue = string | number | null | Award;

export function targetOf(edit: MatrixEdit): string | undefined {
  switch (edit.kind) {
    case 'score':
    case 'note':
    case 'clientScore':
      return edit.criterionId;
    case 'knockOut':
      return edit.knockOutId;
    case 'competency':
      return edit.competencyId;
    case 'field':
      return edit.field;
    case 'panelRating':
      return `${edit.assessor.trim()}/${edit.competencyId}`;
    case 'invite':
      return undefined;
  }
}

/** The log entry for an edit applied to these records (read just before it), without id and stamps. */
export function changeOf(edit: MatrixEdit, candidate: Candidate, evaluation: Evaluation | undefined): Pick<ChangeRecord, 'candidateId' | 'kind' | 'target' | 'old' | 'new' | 'assessor'> {
  const old = inverseEdit(edit, candidate, evaluation).value;
  const next = valueAfter(edit);
  const target = targetOf(edit);
  return {
    candidateId: edit.candidateId,
    kind: edit.kind,
    ...(target === undefined ? {} : { target }),
    ...(edit.kind === 'panelRating' ? { assessor: edit.assessor.trim() } : {}),
    old: old === undefined ? null : old,
    new: next === undefined ? null : next,
  };
}

/**
 * What the records hold after the edit, read as inverseEdit reads them: applyEdit removes a note of
 * only spaces and a field set to "", so the log says empty (and nothing when it was empty before).
 */
function valueAfter(edit: MatrixEdit): MatrixEdit['value'] {
  if (edit.kind === 'note' && edit.value.trim() === '') return '';
  if (edit.kind === 'field' && edit.value === '') return undefined;
  return edit.value;
}

/** Whether an edit changes anything at all (a cell typed again with the same value logs nothing). */
export function changesSomething(change: Pick<ChangeRecord, 'old' | 'new'>): boolean {
  return JSON.stringify(change.old) !== JSON.stringify(change.new);
}

/** The log's reading order: newest first; within one millisecond by id, which sorts in the order of writing (db/change-id.ts). */
export function newestFirst(a: ChangeRecord, b: ChangeRecord): number {
  return b.at.localeCompare(a.at) || b.id.localeCompare(a.id);
}
