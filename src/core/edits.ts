// One change a consultant makes to a candidate's facts on a request, and the rule that checks and
// applies it. The matrix's working copy, the database write and the undo history all apply edits
// through `applyEdit`, so a rule lives here once.
import { checkCandidate, type CandidateField } from './candidate';
import { checkKnockOutValue, evaluateRule, knockOutValue, nextKnockOutValue } from './knockouts';
import { LIMITS, checkLength } from './limits';
import type { Candidate, CompetencyRating, Evaluation, InputError, KnockOutValue, Request, Result } from './model';
import { invalidDate, procedureDay } from './procedure/dates';
import { checkScore, findCriterion } from './scores';

/**
 * One change to a candidate's facts on a request; a paste or an undo step is a list of them. The
 * matrix makes the first five; the procedure (PRODUCT §3.10–3.12) the client scores, invitations
 * and each assessor's ratings. 'competency' is the agreed rating of a competency.
 */
export type MatrixEdit =
  | { kind: 'score'; candidateId: string; criterionId: string; value: number | null }
  | { kind: 'knockOut'; candidateId: string; knockOutId: string; value: KnockOutValue }
  | { kind: 'note'; candidateId: string; criterionId: string; value: string }
  | { kind: 'competency'; candidateId: string; competencyId: string; value: CompetencyRating | null }
  | { kind: 'field'; candidateId: string; field: CandidateField; value: string | number | undefined }
  | { kind: 'clientScore'; candidateId: string; criterionId: string; value: number | null }
  /** The invitation's date (ISO 8601), or null to take it back. */
  | { kind: 'invite'; candidateId: string; value: string | null }
  | { kind: 'panelRating'; candidateId: string; assessor: string; competencyId: string; value: CompetencyRating | null };

/** The edits whose check needs the whole request (who is on the shortlist), not one candidate alone. */
export function needsShortlist(edit: MatrixEdit): boolean {
  return (edit.kind === 'clientScore' && edit.value !== null) || (edit.kind === 'invite' && edit.value !== null);
}

const RATINGS: readonly CompetencyRating[] = ['onvoldoende', 'voldoende', 'goed'];

/**
 * Checks one edit and returns the records it leaves behind; the inputs are never changed. A field
 * edit returns a new candidate; any other edit the same candidate and a new evaluation. Extra
 * properties of the records (storage stamps) are kept.
 */
export function applyEdit<C extends Candidate, E extends Evaluation>(
  request: Request,
  candidate: C,
  evaluation: E,
  edit: MatrixEdit,
): Result<{ candidate: C; evaluation: E }> {
  const done = (next: Partial<Evaluation>) => ({ ok: true as const, value: { candidate, evaluation: { ...evaluation, ...next } } });
  switch (edit.kind) {
    case 'score': {
      const criterion = findCriterion(request, edit.criterionId);
      if (!criterion.ok) return criterion;
      const checked = checkScore(criterion.value, edit.value);
      if (!checked.ok) return checked;
      return done({ scores: { ...evaluation.scores, [edit.criterionId]: checked.value } });
    }
    case 'knockOut': {
      const checked = checkKnockOutValue(request, candidate, edit.knockOutId, edit.value);
      if (!checked.ok) return checked;
      return done({ knockOuts: { ...evaluation.knockOuts, [edit.knockOutId]: checked.value } });
    }
    case 'note': {
      const criterion = findCriterion(request, edit.criterionId);
      if (!criterion.ok) return criterion;
      const tooLong = checkLength(edit.value, LIMITS.note, 'note', 'De toelichting');
      if (tooLong) return { ok: false, errors: [tooLong] };
      const notes = { ...(evaluation.notes ?? {}) };
      if (edit.value.trim() === '') delete notes[edit.criterionId];
      else notes[edit.criterionId] = edit.value;
      return done({ notes });
    }
    case 'competency': {
      if (!request.competencies.some((c) => c.id === edit.competencyId)) return refuse('unknown-competency', `Onbekende competentie "${edit.competencyId}".`, { id: edit.competencyId });
      const ratings = { ...(evaluation.competencies ?? {}) };
      if (edit.value === null) delete ratings[edit.competencyId];
      else ratings[edit.competencyId] = edit.value;
      return done({ competencies: ratings });
    }
    case 'field': {
      const next = { ...candidate, [edit.field]: edit.value };
      if (edit.value === undefined || edit.value === '') delete next[edit.field];
      const errors = checkCandidate(next);
      if (errors.length) return { ok: false, errors };
      return { ok: true, value: { candidate: next, evaluation } };
    }
    case 'clientScore': {
      const criterion = (request.clientCriteria ?? []).find((c) => c.id === edit.criterionId);
      if (!criterion) return refuse('unknown-client-criterion', `Onbekend criterium van de opdrachtgever "${edit.criterionId}".`, { criterion: edit.criterionId });
      const checked = checkScore(criterion, edit.value);
      if (!checked.ok) return checked;
      return done({ clientScores: { ...(evaluation.clientScores ?? {}), [edit.criterionId]: checked.value } });
    }
    case 'invite': {
      // The award names the people it was given to: their invitation stays while it stands, else
      // the award would name someone never interviewed, and their letter would say "awarded".
      if (edit.value === null && evaluation.invitedAt !== undefined && request.award?.awarded.includes(candidate.id)) {
        return refuse('invite-awarded', `${candidate.name} is gegund; trek eerst de gunning in om de uitnodiging in te trekken.`, { candidate: candidate.id, name: candidate.name });
      }
      if (edit.value === null) {
        const { invitedAt: _taken, ...rest } = evaluation;
        return { ok: true, value: { candidate, evaluation: rest as E } };
      }
      // The procedure's one reading of a stored date, as checkInvitation uses it (Date.parse takes 2026-02-30).
      if (procedureDay(edit.value) === null) return { ok: false, errors: [invalidDate('invitedAt', edit.value)] };
      return done({ invitedAt: edit.value });
    }
    case 'panelRating': {
      if (!request.competencies.some((c) => c.id === edit.competencyId)) return refuse('unknown-competency', `Onbekende competentie "${edit.competencyId}".`, { id: edit.competencyId });
      const assessor = edit.assessor.trim();
      if (assessor === '') return refuse('assessor-required', 'Een beoordelaar heeft een naam nodig.');
      const tooLong = checkLength(assessor, LIMITS.name, 'assessor', 'De naam van de beoordelaar');
      if (tooLong) return { ok: false, errors: [tooLong] };
      if (edit.value !== null && !RATINGS.includes(edit.value)) return refuse('invalid-rating', `"${String(edit.value)}" is geen beoordeling; kies onvoldoende, voldoende of goed.`, { text: String(edit.value) });
      const panel = { ...(evaluation.panel ?? {}) };
      const ratings = { ...(panel[assessor] ?? {}) };
      if (edit.value === null) delete ratings[edit.competencyId];
      else ratings[edit.competencyId] = edit.value;
      panel[assessor] = ratings;
      return done({ panel });
    }
  }
}

/** Applies a list of edits in order; nothing when one is refused (a paste lands whole or not at all). */
export function applyEditList<C extends Candidate, E extends Evaluation>(
  request: Request,
  records: ReadonlyMap<string, { candidate: C; evaluation: E }>,
  edits: readonly MatrixEdit[],
  /** Hears each edit with the records just before it (the change log reads old values there). */
  applying?: (edit: MatrixEdit, before: { candidate: C; evaluation: E }) => void,
): Result<Map<string, { candidate: C; evaluation: E }>> {
  const next = new Map<string, { candidate: C; evaluation: E }>();
  const errors: InputError[] = [];
  for (const edit of edits) {
    const current = next.get(edit.candidateId) ?? records.get(edit.candidateId);
    if (!current) {
      errors.push({ code: 'unknown-candidate', message: 'Deze kandidaat staat niet (meer) op de aanvraag.', params: { id: edit.candidateId } });
      continue;
    }
    const applied = applyEdit(request, current.candidate, current.evaluation, edit);
    if (applied.ok) {
      applying?.(edit, current);
      next.set(edit.candidateId, applied.value);
    } else errors.push(...applied.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: next };
}

/** The edit that puts back what `edit` replaces, read from the records just before it. */
export function inverseEdit(edit: MatrixEdit, candidate: Candidate, evaluation: Evaluation | undefined): MatrixEdit {
  switch (edit.kind) {
    case 'score':
      return { ...edit, value: evaluation?.scores[edit.criterionId] ?? null };
    case 'knockOut':
      return { ...edit, value: evaluation?.knockOuts[edit.knockOutId] ?? 'unknown' };
    case 'note':
      return { ...edit, value: evaluation?.notes?.[edit.criterionId] ?? '' };
    case 'competency':
      return { ...edit, value: evaluation?.competencies?.[edit.competencyId] ?? null };
    case 'field':
      return { ...edit, value: candidate[edit.field] };
    case 'clientScore':
      return { ...edit, value: evaluation?.clientScores?.[edit.criterionId] ?? null };
    case 'invite':
      return { ...edit, value: evaluation?.invitedAt ?? null };
    case 'panelRating':
      return { ...edit, value: evaluation?.panel?.[edit.assessor.trim()]?.[edit.competencyId] ?? null };
  }
}

/**
 * What cycling a knock-out cell with the keyboard stores next, by the same rule that checks a
 * typed or pasted value: a rule's fail cannot be overruled (the cell is refused), a rule's pass
 * may be overruled by a manual fail and given back to the rule, and without a rule (or without
 * the data the rule reads) the value cycles ? → ✓ → ✗ → ?.
 */
export function cycleKnockOut(request: Request, candidate: Candidate, knockOutId: string, manual: KnockOutValue | undefined): Result<KnockOutValue> {
  const knockOut = request.knockOuts.find((k) => k.id === knockOutId);
  if (!knockOut) return refuse('unknown-knockout', `Onbekende knock-out "${knockOutId}".`, { id: knockOutId });
  const byRule = knockOut.rule ? evaluateRule(knockOut.rule, candidate) : undefined;
  if (byRule?.value === 'fail') {
    return refuse('rule-decides', `De regel beslist deze knock-out: ${byRule.reason ?? ''}.`, {
      rule: knockOut.rule?.kind ?? '',
      limit: byRule.basis?.limit ?? 0,
      value: byRule.basis?.value ?? '',
    });
  }
  const effective = knockOutValue(knockOut, candidate, manual);
  if (byRule?.value === 'pass') return { ok: true, value: effective === 'fail' ? 'unknown' : 'fail' };
  return { ok: true, value: nextKnockOutValue(effective) };
}

function refuse(code: string, message: string, params?: InputError['params']): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message, ...(params ? { params } : {}) }] };
}
