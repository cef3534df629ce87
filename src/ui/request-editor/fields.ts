// The request's fields as the editor shows them: what each is called, what kind of input it takes,
// and the pure edit from typed text to the next Request (empty optional fields are removed).
import { readNumber, type Request, type Result } from '../../core';
import { locale, type Locale } from '../i18n';
import type { Dict } from '../i18n/nl';
import { deadlineFromInput, deadlineToInput, numberToInput, withMetaField, type MetaField } from './edit';

/** The fields of the form beyond the lists: the Criteria tab's details and the posting's extras. */
export type RequestField =
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
  field: RequestField;
  label: keyof Dict;
  kind: FieldKind;
  hint?: keyof Dict;
  /** Columns of the four-column grid it spans. */
  span?: 2 | 4;
}

/** Every field the editor offers, in the order of a posting's header (the review form shows them all). */
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
const isMetaField = (field: RequestField): field is MetaField => META_FIELDS.includes(field);

/** The Criteria tab's details, in its own order (the request's key facts first, then the rest a posting gives). */
export const DETAILS_FIELDS: readonly FieldSpec[] = (
  [
    ['title', 2], ['client', 2], ['number'], ['region'], ['hoursPerWeek'], ['maxRate'], ['durationMonths'], ['start'],
    ['deadline', 2], ['questionsDeadline', 2], ['shortlistSize'], ['interviewSize'], ['professionals'], ['brokerFee'],
    ['tieBreak', 2], ['extensionOptions'], ['education'], ['maxRateIncludes', 2], ['offerRequirements', 4],
  ] as const
).map(([field, span]) => ({ ...(FIELDS.find((f) => f.field === field) as FieldSpec), ...(span ? { span } : {}) }));

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: string, message: string): Result<never> => ({ ok: false, errors: [{ code, message }] });

type OptionalText = 'education' | 'extensionOptions';
type OptionalList = 'maxRateIncludes' | 'offerRequirements';

/** The draft with one field set from what was typed; empty optional fields are removed, not stored as "". */
export function withField(draft: Request, field: RequestField, text: string, language: Locale = locale()): Result<Request> {
  if (isMetaField(field)) return withMetaField(draft, field, text, language);
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
      const read = readNumber(trimmed, language);
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
export function fieldToInput(draft: Request, field: RequestField, decimalComma: boolean): string {
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

