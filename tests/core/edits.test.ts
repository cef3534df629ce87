import { describe, expect, it } from 'vitest';
import { applyEdit, applyEditList, checkCandidate, cycleKnockOut, inverseEdit, isCandidateField, needsShortlist, type Candidate, type Evaluation, type MatrixEdit } from '../../src/core';
import { makeCandidate, makeEvaluation, makeRequest } from '../builders';

const request = makeRequest({
  knockOuts: [
    { id: 'k1', text: 'HBO' },
    { id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } },
  ],
  competencies: [{ id: 'p1', name: 'Zelfstandig' }],
});
const anna = makeCandidate('a', { hourlyRate: 70 });
const fresh = (): Evaluation => makeEvaluation('a', {}, {});

describe('applyEdit: one checked change, the inputs left as they were', () => {
  it('sets a score and returns a new evaluation, the same candidate', () => {
    const evaluation = fresh();
    const result = applyEdit(request, anna, evaluation, { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 12.5 });
    expect(result).toMatchObject({ ok: true, value: { evaluation: { scores: { c1: 12.5 } } } });
    if (!result.ok) return;
    expect(result.value.candidate).toBe(anna);
    expect(evaluation.scores).toEqual({});
  });
  it.each<[string, MatrixEdit, string]>([
    ['a score above the maximum', { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 61 }, 'score-above-max'],
    ['a score with a third decimal far down (7.50000000001)', { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 7.50000000001 }, 'too-many-decimals'],
    ['a score for an unknown criterion', { kind: 'score', candidateId: 'a', criterionId: 'zz', value: 1 }, 'unknown-criterion'],
    ['a value for a knock-out the request does not have', { kind: 'knockOut', candidateId: 'a', knockOutId: 'rate', value: 'pass' }, 'unknown-knockout'],
    ['a rating of an unknown competency', { kind: 'competency', candidateId: 'a', competencyId: 'zz', value: 'goed' }, 'unknown-competency'],
    ['a note for an unknown criterion', { kind: 'note', candidateId: 'a', criterionId: 'zz', value: 'p. 2' }, 'unknown-criterion'],
    ['a note past 5 000 characters', { kind: 'note', candidateId: 'a', criterionId: 'c1', value: 'x'.repeat(5001) }, 'too-long'],
    ['an empty name', { kind: 'field', candidateId: 'a', field: 'name', value: '' }, 'name-required'],
    ['a name past 200 characters', { kind: 'field', candidateId: 'a', field: 'name', value: 'n'.repeat(201) }, 'too-long'],
    ['a negative rate', { kind: 'field', candidateId: 'a', field: 'hourlyRate', value: -1 }, 'invalid-rate'],
  ])('refuses %s', (_, edit, code) => {
    const candidate = edit.kind === 'knockOut' ? makeCandidate('a', { hourlyRate: 80 }) : anna;
    const req = edit.kind === 'knockOut' ? { ...request, knockOuts: [] } : request;
    expect(applyEdit(req, candidate, fresh(), edit)).toMatchObject({ ok: false, errors: [{ code }] });
  });
  it('refuses a manual pass that the candidate\'s rate contradicts', () => {
    expect(applyEdit(request, makeCandidate('a', { hourlyRate: 80 }), fresh(), { kind: 'knockOut', candidateId: 'a', knockOutId: 'rate', value: 'pass' })).toMatchObject({
      ok: false,
      errors: [{ code: 'rule-contradicts' }],
    });
  });
  it('stores a manual knock-out value', () => {
    const result = applyEdit(request, anna, fresh(), { kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'fail' });
    expect(result.ok && result.value.evaluation.knockOuts).toEqual({ k1: 'fail' });
  });
  it('knows the candidate fields by name', () => {
    expect(['name', 'hourlyRate', 'education'].every(isCandidateField)).toBe(true);
    expect(isCandidateField('bsn')).toBe(false);
  });
  it('keeps a note, removes an empty one, and accepts exactly 5 000 characters', () => {
    const kept = applyEdit(request, anna, fresh(), { kind: 'note', candidateId: 'a', criterionId: 'c1', value: 'x'.repeat(5000) });
    expect(kept.ok && kept.value.evaluation.notes?.['c1']?.length).toBe(5000);
    const cleared = kept.ok && applyEdit(request, anna, kept.value.evaluation, { kind: 'note', candidateId: 'a', criterionId: 'c1', value: ' ' });
    expect(cleared && cleared.ok && cleared.value.evaluation.notes).toEqual({});
  });
  it('rates a competency and clears it with null', () => {
    const rated = applyEdit(request, anna, fresh(), { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: 'goed' });
    expect(rated.ok && rated.value.evaluation.competencies).toEqual({ p1: 'goed' });
    const cleared = rated.ok && applyEdit(request, anna, rated.value.evaluation, { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: null });
    expect(cleared && cleared.ok && cleared.value.evaluation.competencies).toEqual({});
  });
  it('changes a field in a new candidate and removes a field set to empty', () => {
    const stored = { ...anna, supplier: 'Bureau X', createdAt: '2026-01-01' };
    const result = applyEdit(request, stored, fresh(), { kind: 'field', candidateId: 'a', field: 'supplier', value: '' });
    expect(result.ok && result.value.candidate).toEqual({ id: 'a', name: 'Kandidaat a', hourlyRate: 70, createdAt: '2026-01-01' });
    expect(stored.supplier).toBe('Bureau X');
  });
});

describe('applyEditList: a list lands whole or not at all', () => {
  const records = new Map([['a', { candidate: anna, evaluation: fresh() }]]);
  it('applies edits of one person on top of each other', () => {
    const result = applyEditList(request, records, [
      { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 },
      { kind: 'score', candidateId: 'a', criterionId: 'c2', value: 20 },
    ]);
    expect(result.ok && result.value.get('a')?.evaluation.scores).toEqual({ c1: 10, c2: 20 });
  });
  it('returns every refusal, and nothing applied, when one edit is refused', () => {
    const result = applyEditList(request, records, [
      { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 },
      { kind: 'score', candidateId: 'a', criterionId: 'c2', value: 41 },
      { kind: 'score', candidateId: 'ghost', criterionId: 'c1', value: 1 },
    ]);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'score-above-max' }, { code: 'unknown-candidate' }] });
  });
});

describe('cycleKnockOut: the keyboard may do what a typed value may do', () => {
  const rated = (rate: number | undefined): Candidate => makeCandidate('a', rate === undefined ? {} : { hourlyRate: rate });
  it.each([
    ['unknown', 'pass'],
    ['pass', 'fail'],
    ['fail', 'unknown'],
  ] as const)('cycles a manual knock-out from %s to %s', (from, to) => {
    expect(cycleKnockOut(request, anna, 'k1', from)).toEqual({ ok: true, value: to });
  });
  it('lets a manual fail overrule a rule\'s pass, and gives the cell back to the rule after', () => {
    expect(cycleKnockOut(request, rated(70), 'rate', undefined)).toEqual({ ok: true, value: 'fail' });
    expect(cycleKnockOut(request, rated(70), 'rate', 'fail')).toEqual({ ok: true, value: 'unknown' });
  });
  it('refuses to change a knock-out the rule fails, and says why', () => {
    expect(cycleKnockOut(request, rated(80), 'rate', undefined)).toMatchObject({
      ok: false,
      errors: [{ code: 'rule-decides', params: { rule: 'max-rate', limit: 75, value: 80 } }],
    });
  });
  it('cycles a rule knock-out by hand while the data it reads is missing', () => {
    expect(cycleKnockOut(request, rated(undefined), 'rate', undefined)).toEqual({ ok: true, value: 'pass' });
  });
  it('refuses an unknown knock-out', () => {
    expect(cycleKnockOut(request, anna, 'zz', undefined)).toMatchObject({ ok: false, errors: [{ code: 'unknown-knockout' }] });
  });
});

describe('checkCandidate: what a person needs before they are stored (PRODUCT §4 limits)', () => {
  it('accepts a name of exactly 200 characters and other text of 500', () => {
    expect(checkCandidate({ name: 'n'.repeat(200), supplier: 's'.repeat(500), email: 'e'.repeat(500) })).toEqual([]);
  });
  it('refuses a 1 MB name with its length and the limit', () => {
    expect(checkCandidate({ name: 'x'.repeat(1024 * 1024) })).toMatchObject([{ code: 'too-long', params: { field: 'name', max: 200 } }]);
  });
  it('counts characters, not UTF-16 units: 200 emoji are a valid name', () => {
    expect(checkCandidate({ name: '😀'.repeat(200) })).toEqual([]);
  });
  it.each(['email', 'phone', 'supplier', 'education'] as const)('refuses a %s past 500 characters', (field) => {
    expect(checkCandidate({ name: 'A', [field]: 'x'.repeat(501) })).toMatchObject([{ code: 'too-long', params: { field, max: 500 } }]);
  });
  it('refuses a value of the wrong type, naming the field', () => {
    expect(checkCandidate({ name: 'A', hourlyRate: '75' as unknown as number, supplier: 5 as unknown as string }).map((e) => e.code)).toEqual(['invalid-rate', 'not-text']);
  });
  it('refuses hours per week outside 0–168', () => {
    expect(checkCandidate({ name: 'A', hoursPerWeek: 169 })).toMatchObject([{ code: 'invalid-hours' }]);
  });
});

describe('the procedure\'s edits (PRODUCT §3.10–3.12): client scores, invitations, each assessor\'s ratings', () => {
  const procedure = makeRequest({
    clientCriteria: [{ id: 'cc1', text: 'Soortgelijke opdrachten', maxPoints: 10 }],
    competencies: [
      { id: 'p1', name: 'Zelfstandig' },
      { id: 'p2', name: 'Verbindend' },
    ],
  });
  const apply = (edit: MatrixEdit, evaluation: Evaluation = fresh()) => applyEdit(procedure, anna, evaluation, edit);
  const evaluationAfter = (edit: MatrixEdit, evaluation?: Evaluation): Evaluation => {
    const result = apply(edit, evaluation);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    return result.value.evaluation;
  };

  it.each<[string, MatrixEdit, string]>([
    ['a client score above its maximum', { kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: 10.5 }, 'score-above-max'],
    ['a negative client score', { kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: -1 }, 'score-below-zero'],
    ['a client score with three decimals', { kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: 7.125 }, 'too-many-decimals'],
    ['a client score on a matrix criterion', { kind: 'clientScore', candidateId: 'a', criterionId: 'c1', value: 5 }, 'unknown-client-criterion'],
    ['an invitation on a day that is no date', { kind: 'invite', candidateId: 'a', value: 'morgen' }, 'invalid-date'],
    ['an invitation in day-month-year order', { kind: 'invite', candidateId: 'a', value: '06-07-2026' }, 'invalid-date'],
    // The same dates the shortlist check refuses (checkInvitation): a day that does not exist, a moment without its offset.
    ['an invitation on 30 February', { kind: 'invite', candidateId: 'a', value: '2026-02-30' }, 'invalid-date'],
    ['an invitation with text after the date', { kind: 'invite', candidateId: 'a', value: '2026-07-06 (maandag)' }, 'invalid-date'],
    ['an invitation at a moment without its offset', { kind: 'invite', candidateId: 'a', value: '2026-07-06T10:00' }, 'invalid-date'],
    ['a panel rating of an unknown competency', { kind: 'panelRating', candidateId: 'a', assessor: 'Anne', competencyId: 'zz', value: 'goed' }, 'unknown-competency'],
    ['a panel rating without an assessor', { kind: 'panelRating', candidateId: 'a', assessor: '  ', competencyId: 'p1', value: 'goed' }, 'assessor-required'],
    ['an assessor name past 200 characters', { kind: 'panelRating', candidateId: 'a', assessor: 'a'.repeat(201), competencyId: 'p1', value: 'goed' }, 'too-long'],
    ['a panel rating that is none of the three', { kind: 'panelRating', candidateId: 'a', assessor: 'Anne', competencyId: 'p1', value: 'matig' as never }, 'invalid-rating'],
  ])('refuses %s, and the evaluation stays as it was', (_, edit, code) => {
    const before = fresh();
    expect(apply(edit, before)).toMatchObject({ ok: false, errors: [{ code }] });
    expect(before).toEqual(fresh());
  });

  it('stores a client score at the maximum, and empties it with null', () => {
    const scored = evaluationAfter({ kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: 10 });
    expect(scored.clientScores).toEqual({ cc1: 10 });
    expect(evaluationAfter({ kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: null }, scored).clientScores).toEqual({ cc1: null });
  });

  // Else the award would name someone with no interview, and their letter would still say "awarded".
  it("refuses to take back the invitation of a candidate the award names, and takes back anyone else's", () => {
    const awarded = { ...procedure, award: { awarded: ['a'], decidedAt: '2026-07-20' } };
    const invited = { ...fresh(), invitedAt: '2026-07-06' };
    const refused = applyEdit(awarded, anna, invited, { kind: 'invite', candidateId: 'a', value: null });
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'invite-awarded', params: { candidate: 'a', name: anna.name } }] });
    expect(invited.invitedAt).toBe('2026-07-06');
    // A new date for the invitation changes nothing about who was invited.
    expect(applyEdit(awarded, anna, invited, { kind: 'invite', candidateId: 'a', value: '2026-07-07' })).toMatchObject({ ok: true, value: { evaluation: { invitedAt: '2026-07-07' } } });
    const other = { ...awarded, award: { awarded: ['b'], decidedAt: '2026-07-20' } };
    const taken = applyEdit(other, anna, invited, { kind: 'invite', candidateId: 'a', value: null });
    expect(taken.ok && taken.value.evaluation.invitedAt).toBeUndefined();
  });

  it('stores an invitation at a moment with its offset', () => {
    expect(evaluationAfter({ kind: 'invite', candidateId: 'a', value: '2026-07-06T10:00:00+02:00' }).invitedAt).toBe('2026-07-06T10:00:00+02:00');
  });

  it('stores the invitation\'s date and takes it back, keeping the record\'s other properties', () => {
    const stamped = { ...fresh(), updatedAt: '2026-07-01T10:00:00Z' };
    const invited = applyEdit(procedure, anna, stamped, { kind: 'invite', candidateId: 'a', value: '2026-07-06' });
    expect(invited.ok && invited.value.evaluation).toEqual({ ...stamped, invitedAt: '2026-07-06' });
    const taken = invited.ok && applyEdit(procedure, anna, invited.value.evaluation, { kind: 'invite', candidateId: 'a', value: null });
    expect(taken && taken.ok && taken.value.evaluation).toEqual(stamped);
  });

  it('keeps each assessor\'s ratings apart, under the name without surrounding spaces', () => {
    const anne = evaluationAfter({ kind: 'panelRating', candidateId: 'a', assessor: ' Anne ', competencyId: 'p1', value: 'goed' });
    const both = evaluationAfter({ kind: 'panelRating', candidateId: 'a', assessor: 'Bram', competencyId: 'p1', value: 'onvoldoende' }, anne);
    expect(both.panel).toEqual({ Anne: { p1: 'goed' }, Bram: { p1: 'onvoldoende' } });
    expect(both.competencies).toBeUndefined();
  });

  it('takes back one assessor\'s rating with null and leaves the others', () => {
    const start: Evaluation = { ...fresh(), panel: { Anne: { p1: 'goed', p2: 'voldoende' }, Bram: { p1: 'goed' } } };
    expect(evaluationAfter({ kind: 'panelRating', candidateId: 'a', assessor: 'Anne', competencyId: 'p1', value: null }, start).panel).toEqual({
      Anne: { p2: 'voldoende' },
      Bram: { p1: 'goed' },
    });
  });
});

describe('needsShortlist: only a client score or an invitation asks who is on the shortlist', () => {
  it.each<[MatrixEdit, boolean]>([
    [{ kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: 5 }, true],
    [{ kind: 'invite', candidateId: 'a', value: '2026-07-06' }, true],
    // Emptying a client score or taking an invitation back is always allowed, also off the shortlist.
    [{ kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: null }, false],
    [{ kind: 'invite', candidateId: 'a', value: null }, false],
    [{ kind: 'score', candidateId: 'a', criterionId: 'c1', value: 5 }, false],
    [{ kind: 'panelRating', candidateId: 'a', assessor: 'Anne', competencyId: 'p1', value: 'goed' }, false],
  ])('%j → %s', (edit, needed) => expect(needsShortlist(edit)).toBe(needed));
});

describe('inverseEdit: the undo of an edit puts back exactly what it replaced', () => {
  const procedure = makeRequest({
    knockOuts: [{ id: 'k1', text: 'HBO' }],
    clientCriteria: [{ id: 'cc1', text: 'Soortgelijke opdrachten', maxPoints: 10 }],
    competencies: [{ id: 'p1', name: 'Zelfstandig' }],
  });
  const person = makeCandidate('a', { hourlyRate: 70, supplier: 'Bureau X' });
  const filled: Evaluation = {
    requestId: 'r1',
    candidateId: 'a',
    knockOuts: { k1: 'pass' },
    scores: { c1: 30, c2: 20 },
    notes: { c1: 'CV p. 2' },
    competencies: { p1: 'voldoende' },
    clientScores: { cc1: 6 },
    invitedAt: '2026-07-06',
    panel: { Anne: { p1: 'goed' } },
  };
  const edits: MatrixEdit[] = [
    { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 45.5 },
    { kind: 'knockOut', candidateId: 'a', knockOutId: 'k1', value: 'fail' },
    { kind: 'note', candidateId: 'a', criterionId: 'c1', value: 'CV p. 3' },
    { kind: 'note', candidateId: 'a', criterionId: 'c1', value: '' },
    { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: 'onvoldoende' },
    { kind: 'competency', candidateId: 'a', competencyId: 'p1', value: null },
    { kind: 'field', candidateId: 'a', field: 'hourlyRate', value: 82.5 },
    { kind: 'field', candidateId: 'a', field: 'supplier', value: undefined },
    { kind: 'clientScore', candidateId: 'a', criterionId: 'cc1', value: 9 },
    { kind: 'invite', candidateId: 'a', value: null },
    { kind: 'invite', candidateId: 'a', value: '2026-07-08' },
    { kind: 'panelRating', candidateId: 'a', assessor: ' Anne ', competencyId: 'p1', value: 'onvoldoende' },
    { kind: 'panelRating', candidateId: 'a', assessor: 'Anne', competencyId: 'p1', value: null },
  ];
  const undo = (edit: MatrixEdit, candidate: Candidate, evaluation: Evaluation) => {
    const inverse = inverseEdit(edit, candidate, evaluation);
    const done = applyEdit(procedure, candidate, evaluation, edit);
    if (!done.ok) throw new Error(done.errors[0]?.message);
    const undone = applyEdit(procedure, done.value.candidate, done.value.evaluation, inverse);
    if (!undone.ok) throw new Error(undone.errors[0]?.message);
    return { done: done.value, undone: undone.value };
  };

  it.each(edits.map((edit) => [edit.kind, edit] as const))('undoes a %s edit over a filled-in record to the very same record', (_, edit) => {
    const { done, undone } = undo(edit, person, filled);
    expect(done).not.toEqual({ candidate: person, evaluation: filled });
    expect(undone).toEqual({ candidate: person, evaluation: filled });
  });

  it.each(edits.map((edit) => [edit.kind, edit] as const))('undoes a %s edit over an empty record to values that read as empty again', (_, edit) => {
    const bare = makeCandidate('a');
    const empty: Evaluation = { requestId: 'r1', candidateId: 'a', knockOuts: {}, scores: {} };
    const { undone } = undo(edit, bare, empty);
    // The undo may store the empty value explicitly (null, 'unknown'); what every reader sees is the same.
    expect(inverseEdit(edit, undone.candidate, undone.evaluation)).toEqual(inverseEdit(edit, bare, empty));
    expect(undone.candidate).toEqual(bare);
  });

  it('reads the value before from nothing when the candidate has no evaluation yet', () => {
    expect(edits.map((edit) => inverseEdit(edit, makeCandidate('a'), undefined).value)).toEqual([
      null, 'unknown', '', '', null, null, undefined, undefined, null, null, null, null, null,
    ]);
  });
});

describe('applyEditList: the change log hears each edit with the records just before it', () => {
  it('passes the second edit of one person the result of the first', () => {
    const records = new Map([['a', { candidate: anna, evaluation: fresh() }]]);
    const heard: (number | null | undefined)[] = [];
    applyEditList(request, records, [
      { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 },
      { kind: 'score', candidateId: 'a', criterionId: 'c1', value: 20 },
    ], (_, before) => heard.push(before.evaluation.scores['c1']));
    expect(heard).toEqual([undefined, 10]);
  });
  it('does not hear a refused edit', () => {
    const records = new Map([['a', { candidate: anna, evaluation: fresh() }]]);
    const heard: MatrixEdit[] = [];
    const result = applyEditList(request, records, [{ kind: 'score', candidateId: 'a', criterionId: 'c1', value: 99 }], (edit) => heard.push(edit));
    expect(result.ok).toBe(false);
    expect(heard).toEqual([]);
  });
  it('leaves the records it was given untouched, also when it succeeds', () => {
    const evaluation = fresh();
    const records = new Map([['a', { candidate: anna, evaluation }]]);
    const result = applyEditList(request, records, [{ kind: 'score', candidateId: 'a', criterionId: 'c1', value: 10 }]);
    expect(result.ok && result.value.get('a')?.evaluation.scores).toEqual({ c1: 10 });
    expect(records.get('a')?.evaluation).toBe(evaluation);
    expect(evaluation.scores).toEqual({});
  });
});
