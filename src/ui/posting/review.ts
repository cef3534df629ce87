// What the posting review adds to the request editor: the draft made from the parser's proposal,
// what Save hands createRequest, why Save must wait, the parser's warnings placed by the field they
// concern, and the running summary.
import { checkRequest, weightsTotal, type InputError, type PostingProposal, type PostingWarning, type Request } from '../../core';
import { listOf, type ListKey } from '../request-editor/edit';
import { FIELDS, type RequestField } from '../request-editor/fields';

/** Nothing is stored before Save, so the draft's id is a placeholder that createRequest replaces. */
export const DRAFT_ID = 'draft';

export function draftOf(proposal: PostingProposal): Request {
  return { ...proposal.request, id: DRAFT_ID };
}

/** What createRequest takes: the draft without its placeholder id. */
export function proposalOf(draft: Request): Omit<Request, 'id'> {
  const { id: _draft, ...proposal } = draft;
  return proposal;
}

const FIELD_OF_ERROR: Record<string, RequestField> = {
  'title-required': 'title',
  'invalid-shortlist-size': 'shortlistSize',
  'invalid-interview-size': 'interviewSize',
};

/** Why the draft cannot be saved yet, each error beside its field where it has one. */
export function saveProblems(draft: Request): { fields: Partial<Record<RequestField, InputError[]>>; general: InputError[] } {
  const checked = checkRequest(draft);
  const problems: { fields: Partial<Record<RequestField, InputError[]>>; general: InputError[] } = { fields: {}, general: [] };
  if (checked.ok) return problems;
  for (const error of checked.errors) {
    const field = FIELD_OF_ERROR[error.code];
    if (field) (problems.fields[field] ??= []).push(error);
    else problems.general.push(error);
  }
  return problems;
}

// ── Warnings ─────────────────────────────────────────────────────────────────────────────────

export interface PlacedWarnings {
  /** Warnings that name no field of the form, such as "no hiring request recognised". */
  general: PostingWarning[];
  fields: Partial<Record<RequestField, PostingWarning[]>>;
  lists: Partial<Record<ListKey, PostingWarning[]>>;
  /** Warnings about one knock-out or criterion, by its id (so they follow it when others are removed). */
  items: Record<string, PostingWarning[]>;
}

const FORM_FIELDS: ReadonlySet<string> = new Set(FIELDS.map((spec) => spec.field));
const LISTS: readonly string[] = ['knockOuts', 'criteria', 'clientCriteria', 'competencies'] satisfies ListKey[];
const isFormField = (field: string): field is RequestField => FORM_FIELDS.has(field);
const isList = (list: string): list is ListKey => LISTS.includes(list);

/**
 * The parser's "the points add up to 95" is about the text as read; the form shows the live total
 * and its own warning instead, which go away once the consultant corrects the points.
 */
const REPLACED_BY_THE_FORM: ReadonlySet<string> = new Set(['points-total']);

/** Each warning beside the field its `field` names ("criteria.cr3": that criterion); others on top. */
export function placeWarnings(proposal: PostingProposal): PlacedWarnings {
  const placed: PlacedWarnings = { general: [], fields: {}, lists: {}, items: {} };
  const add = <K extends string>(bucket: Partial<Record<K, PostingWarning[]>>, key: K, warning: PostingWarning) => (bucket[key] ??= []).push(warning);
  const request = proposal.request;
  for (const warning of proposal.warnings) {
    if (REPLACED_BY_THE_FORM.has(warning.code)) continue;
    const field = warning.field ?? '';
    const dot = field.indexOf('.');
    const list = dot < 0 ? field : field.slice(0, dot);
    const id = dot < 0 ? '' : field.slice(dot + 1);
    if (isFormField(field)) add(placed.fields, field, warning);
    else if (isList(list) && id !== '' && listOf({ ...request, id: DRAFT_ID }, list).some((item) => item.id === id)) add(placed.items, id, warning);
    else if (isList(list)) add(placed.lists, list, warning);
    else placed.general.push(warning);
  }
  return placed;
}

// ── Summary ──────────────────────────────────────────────────────────────────────────────────

/** "8 knock-outs, 7 criteria, 100 points": counted from the draft, so it follows every edit. */
export function summaryOf(draft: Request): { knockOuts: number; criteria: number; points: number } {
  return { knockOuts: draft.knockOuts.length, criteria: draft.criteria.length, points: weightsTotal(draft) };
}

// ── The same number ─────────────────────────────────────────────────────────────────────────

/**
 * The stored requests that carry the draft's request number: saving makes one more with it (which
 * may be meant, a second round of the same request), so the review says so first.
 */
export function sameNumber<R extends Pick<Request, 'number'>>(draft: Request, stored: readonly R[]): R[] {
  const number = draft.number?.trim() ?? '';
  return number === '' ? [] : stored.filter((r) => r.number?.trim() === number);
}
