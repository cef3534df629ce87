// The review form of "Vacaturetekst plakken": the parser's proposal as an editable draft, its
// warnings placed beside the field they name, and the draft handed to createRequest on Save.
import { checkRequest, readNumber, weightsTotal, type InputError, type PostingProposal, type PostingWarning, type Request, type Result } from '../../core';
import { deadlineFromInput, deadlineToInput, numberToInput, withMetaField, type ListKey, type MetaField } from '../criteria/edit';
import type { Dict } from '../i18n/nl';

/** The fields of the form beyond the lists: the Criteria tab's details and the posting's extras. */
export type DraftField =
  | MetaField
  | 'questionsDeadline'
  | 'extensionOptions'
  | 'education'
  | 'professionals'
  | 'brokerFee'
  | 'maxRateIncludes'
  | 'offerRequirements';

export type FieldKind = 'text' | 'number' | 'datetime' | 'lines' | 'tieBreak';
export interface FieldSpec {
  field: DraftField;
  label: keyof Dict;
  kind: FieldKind;
  hint?: keyof Dict;
  /** Columns of the four-column grid it spans. */
  span?: 2 | 4;
}

/** In the order of a posting's header; labels the Criteria tab already has are shared with it. */
export const FIELDS: readonly FieldSpec[] = [
  { field: 'number', label: 'criteriaFieldNumber', kind: 'text' },
  { field: 'title', label: 'criteriaFieldTitle', kind: 'text', span: 2 },
  { field: 'region', label: 'criteriaFieldRegion', kind: 'text' },
  { field: 'client', label: 'criteriaFieldClient', kind: 'text', span: 2 },
  { field: 'hoursPerWeek', label: 'criteriaFieldHours', kind: 'number' },
  { field: 'professionals', label: 'postingFieldProfessionals', kind: 'number' },
  { field: 'durationMonths', label: 'criteriaFieldDuration', kind: 'number' },
  { field: 'extensionOptions', label: 'postingFieldExtension', kind: 'text' },
  { field: 'start', label: 'criteriaFieldStart', kind: 'text', hint: 'criteriaFieldStartHint' },
  { field: 'education', label: 'postingFieldEducation', kind: 'text' },
  { field: 'deadline', label: 'criteriaFieldDeadline', kind: 'datetime', span: 2 },
  { field: 'questionsDeadline', label: 'postingFieldQuestionsDeadline', kind: 'datetime', span: 2 },
  { field: 'maxRate', label: 'criteriaFieldMaxRate', kind: 'number' },
  { field: 'brokerFee', label: 'postingFieldBrokerFee', kind: 'number' },
  { field: 'maxRateIncludes', label: 'postingFieldRateIncludes', kind: 'text', hint: 'postingFieldRateIncludesHint', span: 2 },
  { field: 'shortlistSize', label: 'criteriaFieldShortlist', kind: 'number' },
  { field: 'interviewSize', label: 'criteriaFieldInterview', kind: 'number', hint: 'criteriaFieldInterviewHint' },
  { field: 'tieBreak', label: 'criteriaFieldTieBreak', kind: 'tieBreak', span: 2 },
  { field: 'offerRequirements', label: 'postingFieldOffer', kind: 'lines', hint: 'postingFieldOfferHint', span: 4 },
];

const META_FIELDS: readonly string[] = [
  'number', 'title', 'client', 'region', 'hoursPerWeek', 'durationMonths', 'start', 'deadline', 'maxRate', 'shortlistSize', 'interviewSize', 'tieBreak',
] satisfies MetaField[];
const isMetaField = (field: DraftField): field is MetaField => META_FIELDS.includes(field);

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

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: string, message: string): Result<never> => ({ ok: false, errors: [{ code, message }] });

type OptionalText = 'education' | 'extensionOptions';
type OptionalList = 'maxRateIncludes' | 'offerRequirements';

/** The draft with one field set from what was typed; empty optional fields are removed, not stored as "". */
export function withDraftField(draft: Request, field: DraftField, text: string): Result<Request> {
  if (isMetaField(field)) return withMetaField(draft, field, text);
  const next: Request = { ...draft };
  const trimmed = text.trim();
  switch (field) {
    case 'questionsDeadline': {
      const moment = deadlineFromInput(trimmed);
      if (!moment.ok) return moment;
      if (moment.value === undefined) delete next.questionsDeadline;
      else next.questionsDeadline = moment.value;
      return ok(next);
    }
    case 'brokerFee':
    case 'professionals': {
      if (trimmed === '') {
        delete next[field];
        return ok(next);
      }
      const read = readNumber(trimmed);
      if (!read.ok) return { ok: false, errors: [read.error] };
      if (field === 'brokerFee' && read.value < 0) return fail('negative', `${text} is negatief; vul 0 of meer in.`);
      if (field === 'professionals' && !(Number.isInteger(read.value) && read.value >= 1)) {
        return fail('invalid-professionals', `Aantal professionals ${text} is ongeldig; gebruik een geheel getal van 1 of meer.`);
      }
      next[field] = read.value;
      return ok(next);
    }
    case 'maxRateIncludes':
    case 'offerRequirements':
      return ok(withOptionalList(next, field, splitList(text, field === 'maxRateIncludes' ? /[,;\n]/ : /\n/)));
    default:
      return ok(withOptionalText(next, field, trimmed));
  }
}

function splitList(text: string, separator: RegExp): string[] {
  return text.split(separator).map((part) => part.trim()).filter((part) => part !== '');
}

function withOptionalText(request: Request, field: OptionalText, value: string): Request {
  if (value === '') delete request[field];
  else request[field] = value;
  return request;
}

function withOptionalList(request: Request, field: OptionalList, items: string[]): Request {
  if (items.length === 0) delete request[field];
  else request[field] = items;
  return request;
}

/** What a field's input shows for the draft (a decimal comma in Dutch, deadlines in Amsterdam time). */
export function draftFieldToInput(draft: Request, field: DraftField, decimalComma: boolean): string {
  switch (field) {
    case 'deadline':
    case 'questionsDeadline':
      return deadlineToInput(draft[field]);
    case 'hoursPerWeek':
    case 'durationMonths':
    case 'maxRate':
    case 'brokerFee':
    case 'professionals':
    case 'shortlistSize':
    case 'interviewSize':
      return numberToInput(draft[field], decimalComma);
    case 'maxRateIncludes':
      return (draft.maxRateIncludes ?? []).join(', ');
    case 'offerRequirements':
      return (draft.offerRequirements ?? []).join('\n');
    default:
      return draft[field] ?? '';
  }
}

const errorKey = (e: InputError) => `${e.code}\u0000${e.message}`;

/**
 * An edit of the draft, refused when it breaks a rule of checkRequest the draft did not already
 * break (a shortlist of 0, a criterion of 0 points): the error belongs beside the field just typed.
 */
export function checkedEdit(draft: Request, edited: Result<Request>): Result<Request> {
  if (!edited.ok) return edited;
  const before = checkRequest(draft);
  const known = new Set(before.ok ? [] : before.errors.map(errorKey));
  const after = checkRequest(edited.value);
  const added = after.ok ? [] : after.errors.filter((e) => !known.has(errorKey(e)));
  return added.length ? { ok: false, errors: added } : edited;
}

const FIELD_OF_ERROR: Record<string, DraftField> = {
  'title-required': 'title',
  'invalid-shortlist-size': 'shortlistSize',
  'invalid-interview-size': 'interviewSize',
};

/** Why the draft cannot be saved yet, each error beside its field where it has one. */
export function saveProblems(draft: Request): { fields: Partial<Record<DraftField, InputError[]>>; general: InputError[] } {
  const checked = checkRequest(draft);
  const problems: { fields: Partial<Record<DraftField, InputError[]>>; general: InputError[] } = { fields: {}, general: [] };
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
  /** Warnings that name no field of the form, such as "Geen inhuuropdracht herkend". */
  general: PostingWarning[];
  fields: Partial<Record<DraftField, PostingWarning[]>>;
  lists: Partial<Record<ListKey, PostingWarning[]>>;
  /** Warnings about one knock-out or criterion, by its id (so they follow it when others are removed). */
  items: Record<string, PostingWarning[]>;
}

const DRAFT_FIELDS: ReadonlySet<string> = new Set(FIELDS.map((spec) => spec.field));
const LISTS: readonly string[] = ['knockOuts', 'criteria', 'competencies'] satisfies ListKey[];
const isDraftField = (field: string): field is DraftField => DRAFT_FIELDS.has(field);
const isList = (list: string): list is ListKey => LISTS.includes(list);

/**
 * The parser's "the points add up to 95" is about the text as read; the form shows the live total
 * and its own warning instead, which go away once the consultant corrects the points.
 */
const REPLACED_BY_THE_FORM = new Set(['points-total']);

/** Each warning beside the field its `field` names ("criteria.cr3": that criterion); others on top. */
export function placeWarnings(proposal: PostingProposal): PlacedWarnings {
  const placed: PlacedWarnings = { general: [], fields: {}, lists: {}, items: {} };
  const add = <K extends string>(bucket: Partial<Record<K, PostingWarning[]>>, key: K, warning: PostingWarning) =>
    (bucket[key] ??= []).push(warning);
  const request = proposal.request;
  for (const warning of proposal.warnings) {
    if (REPLACED_BY_THE_FORM.has(warning.code)) continue;
    const field = warning.field ?? '';
    const dot = field.indexOf('.');
    const list = dot < 0 ? field : field.slice(0, dot);
    const id = dot < 0 ? '' : field.slice(dot + 1);
    if (isDraftField(field)) add(placed.fields, field, warning);
    else if (isList(list) && id !== '' && request[list].some((item) => item.id === id)) add(placed.items, id, warning);
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
