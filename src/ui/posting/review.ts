// What the posting review adds to the request editor: the draft made from the parser's proposal,
// what Save hands createRequest, why Save must wait, the parser's warnings placed by the field they
// concern, and the running summary.
import { checkRequest, weightsTotal, type InputError, type PostingProposal, type Request } from '../../core';
import type { ListKey } from '../request-editor/edit';
import type { RequestField } from '../request-editor/fields';

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
  /** Warnings that name no field, such as "Geen inhuuropdracht herkend". */
  general: string[];
  fields: Partial<Record<RequestField, string[]>>;
  lists: Partial<Record<ListKey, string[]>>;
  /** Warnings about one knock-out or criterion, by its id (so they follow it when others are removed). */
  items: Record<string, string[]>;
}

/** The parser starts each warning with the field it concerns ("Deadline: …"); these are its words. */
const FIELD_OF_PREFIX: Record<string, RequestField> = {
  Titel: 'title',
  Opdrachtgever: 'client',
  'Uren per week': 'hoursPerWeek',
  Duur: 'durationMonths',
  Start: 'start',
  Deadline: 'deadline',
  'Vragen stellen tot': 'questionsDeadline',
  'Maximaal uurtarief': 'maxRate',
  Fee: 'brokerFee',
  Shortlistgrootte: 'shortlistSize',
  'Bij gelijke score': 'tieBreak',
};
const LIST_OF_PREFIX: Record<string, ListKey> = { 'Knock-outs': 'knockOuts', Gunningscriteria: 'criteria', Competenties: 'competencies' };

/**
 * The parser's "the points add up to 95" is about the text as read; the form shows the live total
 * and its own warning instead, which go away once the consultant corrects the points.
 */
const POINTS_TOTAL = /^Gunningscriteria: de punten tellen op tot /;

export function placeWarnings(proposal: PostingProposal): PlacedWarnings {
  const placed: PlacedWarnings = { general: [], fields: {}, lists: {}, items: {} };
  const add = <K extends string>(bucket: Partial<Record<K, string[]>>, key: K, warning: string) => (bucket[key] ??= []).push(warning);
  for (const warning of proposal.warnings) {
    if (POINTS_TOTAL.test(warning)) continue;
    const criterion = /^Gunningscriterium (\d+)\b/.exec(warning);
    const criterionId = criterion ? proposal.request.criteria[Number(criterion[1]) - 1]?.id : undefined;
    if (criterionId) {
      add(placed.items, criterionId, warning);
      continue;
    }
    const prefix = warning.slice(0, Math.max(0, warning.indexOf(':')));
    const field = FIELD_OF_PREFIX[prefix];
    const list = LIST_OF_PREFIX[prefix];
    // "als ko9 toegevoegd": the knock-out the parser added is marked where it stands.
    const knockOut = list === 'knockOuts' ? proposal.request.knockOuts.find((k) => warning.split(/[^\w-]+/).includes(k.id)) : undefined;
    if (field) add(placed.fields, field, warning);
    else if (knockOut) add(placed.items, knockOut.id, warning);
    else if (list) add(placed.lists, list, warning);
    else placed.general.push(warning);
  }
  return placed;
}

// ── Summary ──────────────────────────────────────────────────────────────────────────────────

/** "8 knock-outs, 7 criteria, 100 points": counted from the draft, so it follows every edit. */
export function summaryOf(draft: Request): { knockOuts: number; criteria: number; points: number } {
  return { knockOuts: draft.knockOuts.length, criteria: draft.criteria.length, points: weightsTotal(draft) };
}
